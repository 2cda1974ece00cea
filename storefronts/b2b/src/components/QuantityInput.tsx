import { FormEvent, useState } from "react"

type QuantityInputOptions = {
  quantity: number
  /** What the row holds, named in the message for a wrong number. */
  what: "line" | "item"
  /** Answers false when the change failed: the field then shows `quantity` again. */
  onSave: (quantity: number) => Promise<boolean>
  /** The row's error: a wrong number is explained there instead of saved. */
  onError: (message: string | null) => void
}

/** A row's quantity as typed: saved on Enter or when the field is left, unless it is unchanged. */
export function useQuantityInput({ quantity, what, onSave, onError }: QuantityInputOptions) {
  const [value, setValue] = useState(String(quantity))
  const reset = () => setValue(String(quantity))

  async function save(event?: FormEvent) {
    event?.preventDefault()
    const wanted = Number(value)
    if (wanted === quantity) return
    if (!Number.isInteger(wanted) || wanted < 1) {
      onError(`Enter a whole number of at least 1, or remove the ${what}`)
      return
    }
    onError(null)
    if (!(await onSave(wanted))) reset()
  }

  return { value, setValue, save, reset }
}

export function QuantityInput({ input, label, name, testId, busy }: { input: ReturnType<typeof useQuantityInput>; label: string; name: string; testId?: string; busy: boolean }) {
  return (
    <form className="qty-form" onSubmit={input.save}>
      <input
        className="qty-input"
        type="number"
        min={1}
        name={name}
        aria-label={`Quantity of ${label}`}
        data-testid={testId}
        value={input.value}
        disabled={busy}
        onChange={(e) => input.setValue(e.target.value)}
        onBlur={() => void input.save()}
      />
    </form>
  )
}
