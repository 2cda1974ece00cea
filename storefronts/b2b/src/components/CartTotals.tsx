import { formatMoney } from "@storefronts/shared"
import { Cart } from "../types"

export function CartTotals({ cart }: { cart: Cart }) {
  const currency = cart.currency_code
  return (
    <dl className="totals" data-testid="cart-totals">
      <div><dt>Items</dt><dd>{formatMoney(cart.item_subtotal ?? cart.subtotal, currency)}</dd></div>
      {Number(cart.discount_total) > 0 && <div><dt>Discount</dt><dd>−{formatMoney(cart.discount_total, currency)}</dd></div>}
      <div><dt>Shipping</dt><dd>{cart.shipping_methods?.length ? formatMoney(cart.shipping_total, currency) : "At checkout"}</dd></div>
      <div><dt>Tax</dt><dd>{formatMoney(cart.tax_total, currency)}</dd></div>
      <div className="grand-total"><dt>Total</dt><dd data-testid="cart-total">{formatMoney(cart.total, currency)}</dd></div>
    </dl>
  )
}
