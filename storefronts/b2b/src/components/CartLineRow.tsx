import { useState } from "react"
import { errorMessage, formatMoney } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { CartLineItem } from "../types"
import { ProductImage } from "./ProductImage"
import { QuantityInput, useQuantityInput } from "./QuantityInput"

export function CartLineRow({ line, currency, editable }: { line: CartLineItem; currency: string; editable: boolean }) {
  const { setLineQuantity, removeLine } = useCart()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const quantity = useQuantityInput({ quantity: line.quantity, what: "line", onSave: (wanted) => run(() => setLineQuantity(line.id, wanted)), onError: setError })

  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true)
    setError(null)
    try {
      await action()
      return true
    } catch (err) {
      setError(errorMessage(err))
      quantity.reset() // show what the cart really holds
      return false
    } finally {
      setBusy(false)
    }
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
          <QuantityInput input={quantity} label={line.variant_sku ?? line.title} name="line_quantity" busy={busy} />
        ) : (
          line.quantity
        )}
      </td>
      <td className="num">{formatMoney(line.subtotal, currency)}</td>
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
