import { KeyboardEvent, useEffect, useState } from "react"

/** − / number / + for a cart line; typed numbers are applied on Enter or when leaving the field. */
export function QuantityControl({
  quantity,
  disabled,
  onChange,
}: {
  quantity: number
  disabled: boolean
  onChange: (quantity: number) => void
}) {
  const [text, setText] = useState(String(quantity))
  useEffect(() => {
    setText(String(quantity))
  }, [quantity])

  function applyTyped() {
    const typed = Number(text)
    if (Number.isInteger(typed) && typed >= 1 && typed !== quantity) onChange(typed)
    else setText(String(quantity))
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") applyTyped()
  }

  return (
    <div className="quantity-control">
      <button
        type="button"
        className="secondary"
        aria-label="Decrease quantity"
        disabled={disabled || quantity <= 1}
        onClick={() => onChange(quantity - 1)}
        data-testid="decrease-quantity"
      >
        −
      </button>
      <input
        type="number"
        min={1}
        aria-label="Quantity"
        value={text}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
        onBlur={applyTyped}
        onKeyDown={onKeyDown}
        data-testid="line-quantity"
      />
      <button
        type="button"
        className="secondary"
        aria-label="Increase quantity"
        disabled={disabled}
        onClick={() => onChange(quantity + 1)}
        data-testid="increase-quantity"
      >
        +
      </button>
    </div>
  )
}
