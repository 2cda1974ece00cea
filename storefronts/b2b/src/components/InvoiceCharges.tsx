import { formatMoney } from "@storefronts/shared"
import { taxRateLabel, type InvoiceCharges as Charges } from "../../../../src/lib/net-terms/contract"
import { priceTaxLabel } from "../../../../src/lib/tax/contract"

/**
 * What an invoice charges: net items and shipping, the tax of each rate on its net amount and
 * the total; for a zero-rated order (told by `tax_treatment`, not by the note's text) its note.
 */
export function InvoiceCharges({ charges, currency }: { charges: Charges; currency: string }) {
  const money = (n: number) => formatMoney(n, currency)
  const net = <small className="muted"> {priceTaxLabel("wholesale", currency)}</small>
  return (
    <>
      <dl className="totals" data-testid="invoice-charges">
        <div><dt>Items subtotal{net}</dt><dd>{money(charges.item_subtotal)}</dd></div>
        {charges.discount_subtotal > 0 && <div><dt>Discount{net}</dt><dd>−{money(charges.discount_subtotal)}</dd></div>}
        <div><dt>Shipping{net}</dt><dd>{money(charges.shipping_subtotal)}</dd></div>
        {charges.tax_rates.map((r) => (
          <div key={r.rate} data-testid="invoice-tax-rate" data-rate={r.rate}>
            <dt>{taxRateLabel(currency, r.rate)} on {money(r.base)}</dt>
            <dd>{money(r.tax)}</dd>
          </div>
        ))}
        <div><dt>Tax total</dt><dd>{money(charges.tax_total)}</dd></div>
        <div className="grand-total"><dt>Total</dt><dd data-testid="invoice-total">{money(charges.total)}</dd></div>
      </dl>
      {charges.tax_treatment && (
        <p className="small-print muted" data-testid="invoice-tax-note" data-treatment={charges.tax_treatment}>
          {charges.tax_note}
        </p>
      )}
    </>
  )
}
