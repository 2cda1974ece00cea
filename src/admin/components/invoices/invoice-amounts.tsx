import { Text } from "@medusajs/ui"
import { formatMoney } from "../../lib/format"
import { taxRateLabel, type Invoice } from "../../../lib/net-terms/contract"
import { KeyValueRow } from "../common/section"

/** What the invoice charges, net, with the tax of each rate and the note of a zero-rated supply. */
export function InvoiceAmounts({ invoice }: { invoice: Invoice }) {
  const money = (n: number) => formatMoney(n, invoice.currency_code)
  return (
    <div data-testid="invoice-totals">
      <KeyValueRow label="Items subtotal (net)">{money(invoice.item_subtotal)}</KeyValueRow>
      {invoice.discount_subtotal > 0 && <KeyValueRow label="Discount (net)">−{money(invoice.discount_subtotal)}</KeyValueRow>}
      <KeyValueRow label="Shipping (net)">{money(invoice.shipping_subtotal)}</KeyValueRow>
      {invoice.tax_rates.map((r) => (
        <KeyValueRow key={r.rate} label={`${taxRateLabel(invoice.currency_code, r.rate)} on ${money(r.base)}`} testId="invoice-tax-rate">
          {money(r.tax)}
        </KeyValueRow>
      ))}
      <KeyValueRow label="Tax total">{money(invoice.tax_total)}</KeyValueRow>
      <KeyValueRow label="Total">
        <span className="font-medium" data-testid="invoice-total">{money(invoice.total)}</span>
      </KeyValueRow>
      <KeyValueRow label="Paid">{money(invoice.paid_amount)}</KeyValueRow>
      <KeyValueRow label="Open">
        <span className="font-medium" data-testid="invoice-open-amount">{money(invoice.open_amount)}</span>
      </KeyValueRow>
      {invoice.tax_note && (
        <div className="px-6 py-3" data-testid="invoice-tax-note" data-treatment={invoice.tax_treatment}>
          <Text size="small" className="text-ui-fg-subtle">
            {invoice.tax_note}
          </Text>
        </div>
      )}
    </div>
  )
}
