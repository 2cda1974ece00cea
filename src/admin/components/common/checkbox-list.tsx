import { Checkbox, Label, Text } from "@medusajs/ui"

/** A list of checkboxes choosing several values. */
export function CheckboxList({
  options,
  value,
  onChange,
  idPrefix,
  emptyText = "Nothing to choose from",
}: {
  options: { value: string; label: string }[]
  value: string[]
  onChange: (value: string[]) => void
  idPrefix: string
  emptyText?: string
}) {
  if (!options.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {emptyText}
      </Text>
    )
  }
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-2">
      {options.map((option) => {
        const id = `${idPrefix}-${option.value}`
        return (
          <div key={option.value} className="flex items-center gap-x-2">
            <Checkbox
              id={id}
              checked={value.includes(option.value)}
              onCheckedChange={(checked) =>
                onChange(checked === true ? [...value, option.value] : value.filter((v) => v !== option.value))
              }
              data-testid={id}
            />
            <Label htmlFor={id} size="small">
              {option.label}
            </Label>
          </div>
        )
      })}
    </div>
  )
}
