import { ErrorBox, formatMoney } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { CartLineItem } from "../types"
import { LineProduct, useLineChange } from "./LineParts"
import { QuantityControl } from "./QuantityControl"

export function CartLine({ item, currencyCode }: { item: CartLineItem; currencyCode: string }) {
  const { setLineQuantity, removeLine } = useCart()
  const { busy, error, run } = useLineChange()

  const title = item.product_title ?? item.title
  return (
    <div className={`cart-line${busy ? " is-busy" : ""}`} data-testid="cart-line">
      <LineProduct thumbnail={item.thumbnail} title={title} link={item.product_handle ? `/products/${item.product_handle}` : null}>
        {item.variant_title && <span className="muted" data-testid="line-variant">{item.variant_title}</span>}
        <span className="muted" data-testid="line-unit-price">{formatMoney(item.unit_price, currencyCode)} each</span>
      </LineProduct>
      <QuantityControl quantity={item.quantity} disabled={busy} onChange={(quantity) => run(() => setLineQuantity(item.id, quantity))} />
      <strong className="cart-line-total" data-testid="line-total">{formatMoney(item.unit_price * item.quantity, currencyCode)}</strong>
      <button type="button" className="link-button" disabled={busy} onClick={() => run(() => removeLine(item.id))} data-testid="remove-line">
        Remove
      </button>
      {error && <div className="cart-line-error"><ErrorBox message={error} /></div>}
    </div>
  )
}
