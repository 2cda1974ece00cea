import { priceTaxLabel, type PriceTaxLabel } from "../../../src/lib/tax/contract"

export type PriceChannel = Parameters<typeof priceTaxLabel>[0]

/** The tax note next to a price: "incl. VAT", "excl. VAT" or "plus sales tax" (the contract decides). */
export function PriceTaxNote({ channel, currency }: { channel: PriceChannel; currency: string | null | undefined }) {
  return (
    <small className="price-tax-note" data-testid="price-tax-note">
      {priceTaxLabel(channel, currency)}
    </small>
  )
}

/** How the totals show the tax: contained in gross prices (one line after the total) or added to net ones. */
export type TaxTotalLine = { name: string; contained: boolean }

const TAX_TOTAL_LINES: Record<PriceTaxLabel, TaxTotalLine> = {
  "incl. VAT": { name: "incl. VAT", contained: true },
  "excl. VAT": { name: "VAT", contained: false },
  "plus sales tax": { name: "Sales tax", contained: false },
}

export function taxTotalLine(channel: PriceChannel, currency: string | null | undefined): TaxTotalLine {
  return TAX_TOTAL_LINES[priceTaxLabel(channel, currency)]
}
