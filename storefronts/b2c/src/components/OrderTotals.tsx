import { formatMoney, PriceTaxNote, taxTotalLine } from "@storefronts/shared"

/** The money a cart or order adds up to; works for both since they share these totals. */
export type Totals = {
  currency_code: string
  item_subtotal?: number | null
  item_total?: number | null
  shipping_subtotal?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
  shipping_methods?: unknown[] | null
}

/**
 * Where the tax is contained (EU gross prices) the lines are gross and the tax follows the total
 * as "incl. VAT"; where it is added (US sales tax) the lines are net and the tax is a line of its own.
 */
export function OrderTotals({ totals, shippingPending }: { totals: Totals; shippingPending: string }) {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, totals.currency_code)
  const hasShipping = (totals.shipping_methods?.length ?? 0) > 0
  const tax = taxTotalLine("retail", totals.currency_code)
  const items = tax.contained ? totals.item_total : totals.item_subtotal
  const shipping = tax.contained ? totals.shipping_total : totals.shipping_subtotal
  const taxRow = (
    <div className={tax.contained ? "totals-tax-contained" : undefined} data-testid="tax-total">
      <dt>{tax.name}</dt>
      <dd>{money(totals.tax_total)}</dd>
    </div>
  )

  return (
    <dl className="totals">
      <div>
        <dt>Subtotal <PriceTaxNote channel="retail" currency={totals.currency_code} /></dt>
        <dd data-testid="subtotal">{money(items)}</dd>
      </div>
      <div><dt>Shipping</dt><dd data-testid="shipping-total">{hasShipping ? money(shipping) : <span className="muted">{shippingPending}</span>}</dd></div>
      {!tax.contained && taxRow}
      <div className="totals-grand"><dt>Total</dt><dd data-testid="total">{money(totals.total)}</dd></div>
      {tax.contained && taxRow}
    </dl>
  )
}
