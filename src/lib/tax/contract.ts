/**
 * The tax contract shared by the backend, the admin and both storefronts: how a business unit's
 * tax standing is stated, which tax treatment an order gets, the codes its zero-rated tax lines
 * carry and the note an invoice prints for them.
 */

/** consumer: no business unit; standard: a business charged the ship-to country's rates. */
export type TaxTreatmentKind = "consumer" | "standard" | "reverse_charge" | "exempt"

/** A US resale (sales-tax exemption) certificate, valid in one state until it expires. */
export type TaxExemption = {
  certificate: string
  /** Two-letter US state code, upper case ("CA"). */
  state: string
  /** Last day the certificate is valid (YYYY-MM-DD). */
  expires_at: string
  verified_at: string | null
}

/** What the merchant knows of a unit's tax standing; verification is a manual mark with its date. */
export type TaxProfile = {
  /** EU VAT id with its country prefix ("ATU12345678"). */
  tax_id: string | null
  tax_id_verified_at: string | null
  exemption: TaxExemption | null
}

/** Codes of the zero-rated tax lines our tax provider writes; invoices find their note by them. */
export const TAX_LINE_CODES = {
  reverse_charge: "EU_REVERSE_CHARGE",
  exempt: "US_RESALE_EXEMPT",
} as const

export type ZeroRatedTreatment = keyof typeof TAX_LINE_CODES

/** Whether a treatment zero-rates the order (its lines get one coded 0 % tax line each). */
export const isZeroRated = (kind: unknown): kind is ZeroRatedTreatment => typeof kind === "string" && kind in TAX_LINE_CODES

/** The note an order and its invoice carry for a zero-rated treatment. */
export const TAX_NOTES: Record<ZeroRatedTreatment, string> = {
  reverse_charge: "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).",
  exempt: "Exempt from sales tax: sale for resale under the buyer's resale certificate.",
}

/** The treatment named by an order's tax lines (zero-rated codes win: they are set for the whole order). */
export function treatmentOfTaxLines(codes: (string | null | undefined)[]): ZeroRatedTreatment | null {
  if (codes.includes(TAX_LINE_CODES.reverse_charge)) return "reverse_charge"
  if (codes.includes(TAX_LINE_CODES.exempt)) return "exempt"
  return null
}

/** How a storefront labels its prices: gross for EU consumers, net for businesses, US tax added at checkout. */
export type PriceTaxLabel = "incl. VAT" | "excl. VAT" | "plus sales tax"

export function priceTaxLabel(channel: "retail" | "wholesale", currencyCode: string | null | undefined): PriceTaxLabel {
  if ((currencyCode ?? "").toLowerCase() === "usd") return "plus sales tax"
  return channel === "retail" ? "incl. VAT" : "excl. VAT"
}

export type AdminTaxProfileResponse = { business_unit_id: string; tax_profile: TaxProfile }
