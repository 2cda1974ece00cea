import { useState } from "react"
import { Link } from "react-router"
import { ErrorBox, errorMessage, formatMoney } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { CartLineItem } from "../types"
import { ProductImage } from "./ProductImage"
import { QuantityControl } from "./QuantityControl"

export function CartLine({ item, currencyCode }: { item: CartLineItem; currencyCode: string }) {
  const { setLineQuantity, removeLine } = useCart()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(change: () => Promise<void>) {
    setBusy(true)
    setError(null)
    try {
      await change()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  const title = item.product_title ?? item.title
  return (
    <div className={`cart-line${busy ? " is-busy" : ""}`} data-testid="cart-line">
      <ProductImage src={item.thumbnail} alt={title} className="cart-line-image" />
      <div className="cart-line-info">
        {item.product_handle ? (
          <Link to={`/products/${item.product_handle}`} className="cart-line-title">{title}</Link>
        ) : (
          <span className="cart-line-title">{title}</span>
        )}
        {item.variant_title && <span className="muted" data-testid="line-variant">{item.variant_title}</span>}
        <span className="muted" data-testid="line-unit-price">{formatMoney(item.unit_price, currencyCode)} each</span>
      </div>
      <QuantityControl quantity={item.quantity} disabled={busy} onChange={(quantity) => run(() => setLineQuantity(item.id, quantity))} />
      <strong className="cart-line-total" data-testid="line-total">{formatMoney(item.unit_price * item.quantity, currencyCode)}</strong>
      <button type="button" className="link-button" disabled={busy} onClick={() => run(() => removeLine(item.id))} data-testid="remove-line">
        Remove
      </button>
      {error && <div className="cart-line-error"><ErrorBox message={error} /></div>}
    </div>
  )
}
