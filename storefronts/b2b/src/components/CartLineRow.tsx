import { FormEvent, useState } from "react"
import { errorMessage, formatMoney } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { CartLineItem } from "../types"
import { ProductImage } from "./ProductImage"

export function CartLineRow({ line, currency, editable }: { line: CartLineItem; currency: string; editable: boolean }) {
  const { setLineQuantity, removeLine } = useCart()
  const [quantity, setQuantity] = useState(String(line.quantity))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(action: () => Promise<void>) {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (err) {
      setError(errorMessage(err))
      setQuantity(String(line.quantity)) // show what the cart really holds
    } finally {
      setBusy(false)
    }
  }

  function onUpdate(event?: FormEvent) {
    event?.preventDefault()
    const wanted = Number(quantity)
    if (wanted === line.quantity) return
    if (!Number.isInteger(wanted) || wanted < 1) {
      setError("Enter a whole number of at least 1, or remove the line")
      return
    }
    void run(() => setLineQuantity(line.id, wanted))
  }

  return (
    <tr data-testid="cart-line" data-sku={line.variant_sku ?? undefined}>
      <td>
        <div className="line-product">
          <ProductImage src={line.thumbnail} className="line-thumb" />
          <div>
            <strong>{line.product_title ?? line.title}</strong>
            <div className="muted">
              <code>{line.variant_sku}</code>
              {line.variant_title && line.variant_title !== "Default" ? ` · ${line.variant_title}` : ""}
            </div>
            {error && <div className="error-text" role="alert">{error}</div>}
          </div>
        </div>
      </td>
      <td className="num">{formatMoney(line.unit_price, currency)}</td>
      <td className="num">
        {editable ? (
          <form className="qty-form" onSubmit={onUpdate}>
            <input
              className="qty-input"
              type="number"
              min={1}
              aria-label={`Quantity of ${line.variant_sku ?? line.title}`}
              name="line_quantity"
              value={quantity}
              disabled={busy}
              onChange={(e) => setQuantity(e.target.value)}
              onBlur={() => onUpdate()}
            />
          </form>
        ) : (
          line.quantity
        )}
      </td>
      <td className="num">{formatMoney(line.total, currency)}</td>
      <td className="num">
        {editable && (
          <button className="secondary small" data-testid="remove-line" disabled={busy} onClick={() => void run(() => removeLine(line.id))}>
            Remove
          </button>
        )}
      </td>
    </tr>
  )
}
