import { Select } from "@medusajs/ui"

export type Option = { value: string; label: string; indent?: number }

const NONE = "__none__"

/**
 * @medusajs/ui's Select over a list of options. `emptyLabel` adds a first option meaning "no
 * value" (reported as ""), since Radix items cannot have an empty value.
 */
export function OptionSelect({
  value,
  onChange,
  options,
  placeholder = "Select…",
  emptyLabel,
  id,
  name,
  size = "small",
  disabled,
  testId,
}: {
  value: string
  onChange: (value: string) => void
  options: Option[]
  placeholder?: string
  emptyLabel?: string
  id?: string
  name?: string
  size?: "small" | "base"
  disabled?: boolean
  testId?: string
}) {
  const current = value === "" && emptyLabel ? NONE : value
  return (
    <Select value={current} onValueChange={(v) => onChange(v === NONE ? "" : v)} name={name} size={size} disabled={disabled}>
      <Select.Trigger id={id} data-testid={testId} aria-label={placeholder}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {emptyLabel && <Select.Item value={NONE}>{emptyLabel}</Select.Item>}
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            <span style={option.indent ? { paddingLeft: option.indent * 12 } : undefined}>{option.label}</span>
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
