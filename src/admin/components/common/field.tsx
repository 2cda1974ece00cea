import { Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** A labelled form control with an optional hint and its validation message. */
export function Field({
  label,
  htmlFor,
  error,
  hint,
  optional,
  children,
}: {
  label: string
  htmlFor?: string
  error?: string | null
  hint?: ReactNode
  optional?: boolean
  children: ReactNode
}) {
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
      </Label>
      {children}
      {hint && !error && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}

/** A form-level error (usually the backend's message). */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <div className="rounded-md border border-ui-border-error bg-ui-bg-subtle px-3 py-2" role="alert" data-testid="form-error">
      <Text size="small" className="text-ui-fg-error">
        {message}
      </Text>
    </div>
  )
}
