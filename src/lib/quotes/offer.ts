/**
 * The money of an offer: per-line unit prices set by the merchant, an optional discount in
 * percent applied to every line, and a shipping amount, all net; the tax at each line's rate
 * (as Medusa will tax the order: net amount × rate) gives the taxed total that approvals,
 * budgets and credit judge. The same function prices the quote shown to the buyer and the
 * order created on acceptance, so they cannot differ.
 */
export type OfferLine = { id: string; quantity: number; requested_unit_price: number; offered_unit_price: number | null }

export type PricedLine = { id: string; quantity: number; unit_price: number; total: number }

/** Tax rate (%) per offer line id and for the shipping; null when the quote has no address to tax by yet. */
export type OfferTaxRates = { lines: Record<string, number>; shipping: number }

const cents = (amount: number) => Math.round(amount * 100) / 100

export function priceOffer(lines: OfferLine[], discountPercent: number, shipping: number, rates: OfferTaxRates | null = null) {
  const priced: PricedLine[] = lines.map((line) => {
    const base = line.offered_unit_price ?? line.requested_unit_price
    const unit_price = cents(base * (1 - discountPercent / 100))
    return { id: line.id, quantity: line.quantity, unit_price, total: cents(unit_price * line.quantity) }
  })
  const item_total = cents(priced.reduce((sum, l) => sum + l.total, 0))
  const tax = rates ? priced.reduce((sum, l) => sum + (l.total * (rates.lines[l.id] ?? 0)) / 100, 0) + (shipping * rates.shipping) / 100 : 0
  const tax_total = cents(tax)
  return { lines: priced, item_total, shipping_total: cents(shipping), tax_total, total: cents(item_total + shipping + tax) }
}

/** What keeps an offer from being sent, or null when it can go to the buyer. */
export function offerProblem(lines: OfferLine[], validUntil: Date | string | null | undefined, now: Date): string | null {
  const unpriced = lines.filter((l) => l.offered_unit_price == null)
  if (unpriced.length) return `Give a unit price for every line before sending (${unpriced.length} without one)`
  if (!validUntil) return "Set a valid-until date before sending the offer"
  if (new Date(validUntil).getTime() <= now.getTime()) return "The valid-until date must be in the future"
  return null
}
