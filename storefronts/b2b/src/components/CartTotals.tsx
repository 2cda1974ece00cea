import { formatMoney, PriceTaxNote, taxTotalLine } from "@storefronts/shared"
import { Cart } from "../types"

/** Wholesale prices are net: the lines add up without tax, then the tax is its own line before the total. */
export function CartTotals({ cart }: { cart: Cart }) {
  const currency = cart.currency_code
  // the store API's cart type has no discount_subtotal: the net discount is the total less its tax
  const netDiscount = Number(cart.discount_total) - Number(cart.discount_tax_total)
  return (
    <dl className="totals" data-testid="cart-totals">
      <div><dt>Items <PriceTaxNote channel="wholesale" currency={currency} /></dt><dd>{formatMoney(cart.item_subtotal ?? cart.subtotal, currency)}</dd></div>
      {netDiscount > 0 && <div><dt>Discount</dt><dd>−{formatMoney(netDiscount, currency)}</dd></div>}
      <div><dt>Shipping</dt><dd>{cart.shipping_methods?.length ? formatMoney(cart.shipping_subtotal, currency) : "At checkout"}</dd></div>
      <div data-testid="tax-total"><dt>{taxTotalLine("wholesale", currency).name}</dt><dd>{formatMoney(cart.tax_total, currency)}</dd></div>
      <div className="grand-total"><dt>Total</dt><dd data-testid="cart-total">{formatMoney(cart.total, currency)}</dd></div>
    </dl>
  )
}
