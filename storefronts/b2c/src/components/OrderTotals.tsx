import { formatMoney } from "@storefronts/shared"

/** The money a cart or order adds up to; works for both since they share these totals. */
export type Totals = {
  currency_code: string
  item_subtotal?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
  shipping_methods?: unknown[] | null
}

export function OrderTotals({ totals, shippingPending }: { totals: Totals; shippingPending: string }) {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, totals.currency_code)
  const hasShipping = (totals.shipping_methods?.length ?? 0) > 0

  return (
    <dl className="totals">
      <div><dt>Subtotal</dt><dd data-testid="subtotal">{money(totals.item_subtotal)}</dd></div>
      <div><dt>Shipping</dt><dd data-testid="shipping-total">{hasShipping ? money(totals.shipping_total) : <span className="muted">{shippingPending}</span>}</dd></div>
      {(totals.tax_total ?? 0) > 0 && <div><dt>Taxes</dt><dd>{money(totals.tax_total)}</dd></div>}
      <div className="totals-grand"><dt>Total</dt><dd data-testid="total">{money(totals.total)}</dd></div>
    </dl>
  )
}
