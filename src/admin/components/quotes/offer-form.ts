import { parseAmount, toDateInputValue } from "../../lib/format"
import type { Quote, QuoteOfferInput } from "../../../lib/quotes/contract"
import { priceOffer } from "../../../lib/quotes/offer"

export type OfferFormValues = {
  prices: Record<string, string>
  discount: string
  shipping: string
  validUntil: string
  comment: string
}

export type OfferFormErrors = { prices: Record<string, string>; discount?: string; shipping?: string; validUntil?: string; comment?: string }

export function offerFormFrom(quote: Quote): OfferFormValues {
  return {
    prices: Object.fromEntries(quote.lines.map((l) => [l.id, l.offered_unit_price === null ? "" : String(l.offered_unit_price)])),
    discount: quote.discount_percent ? String(quote.discount_percent) : "",
    shipping: quote.shipping_total ? String(quote.shipping_total) : "",
    validUntil: toDateInputValue(quote.valid_until),
    comment: quote.merchant_comment ?? "",
  }
}

const parsePercent = (text: string): number | null => {
  const value = parseAmount(text)
  return value !== null && value <= 100 ? value : null
}

export function validateOffer(values: OfferFormValues): OfferFormErrors {
  const errors: OfferFormErrors = { prices: {} }
  for (const [id, text] of Object.entries(values.prices)) {
    if (text.trim() && parseAmount(text) === null) errors.prices[id] = "A price ≥ 0 with at most two decimals"
  }
  if (values.discount.trim() && parsePercent(values.discount) === null) errors.discount = "A percentage from 0 to 100"
  if (values.shipping.trim() && parseAmount(values.shipping) === null) errors.shipping = "An amount ≥ 0 with at most two decimals"
  if (values.comment.length > 2000) errors.comment = "At most 2,000 characters"
  return errors
}

export const offerHasErrors = (errors: OfferFormErrors) =>
  Object.keys(errors.prices).length > 0 || !!(errors.discount || errors.shipping || errors.validUntil || errors.comment)

/** What sending needs on top of a valid form: every line priced and a future valid-until. */
export function sendProblems(values: OfferFormValues, today = new Date()): Partial<OfferFormErrors> & { prices: Record<string, string> } {
  const problems: OfferFormErrors = { prices: {} }
  for (const [id, text] of Object.entries(values.prices)) {
    if (!text.trim()) problems.prices[id] = "Price every line before sending"
  }
  if (!values.validUntil) problems.validUntil = "Set a valid-until date before sending"
  else if (values.validUntil <= toDateInputValue(today)) problems.validUntil = "The valid-until date must be in the future"
  return problems
}

/** The body of POST /admin/quotes/:id; a valid-until date is valid through the end of that day (UTC). */
export function offerInputFrom(values: OfferFormValues): QuoteOfferInput {
  const lines = Object.entries(values.prices)
    .filter(([, text]) => text.trim())
    .map(([id, text]) => ({ id, unit_price: parseAmount(text) as number }))
  return {
    lines,
    discount_percent: values.discount.trim() ? (parsePercent(values.discount) as number) : 0,
    shipping_total: values.shipping.trim() ? (parseAmount(values.shipping) as number) : 0,
    ...(values.validUntil ? { valid_until: `${values.validUntil}T23:59:59.000Z` } : {}),
    merchant_comment: values.comment.trim() ? values.comment.trim() : null,
  }
}

/** The offer as the buyer would see it: the backend's own priceOffer, at the tax rates the server gave the quote. */
export function previewOffer(quote: Quote, values: OfferFormValues) {
  const offered = (line: Quote["lines"][number]) => parseAmount(values.prices[line.id] ?? "")
  const offer = priceOffer(
    quote.lines.map((line) => ({ id: line.id, quantity: line.quantity, requested_unit_price: line.requested_unit_price, offered_unit_price: offered(line) })),
    parsePercent(values.discount) ?? 0,
    parseAmount(values.shipping) ?? 0,
    quote.offer.tax_rates
  )
  const lines = offer.lines.map((l) => ({ ...l, priced: offered(quote.lines.find((q) => q.id === l.id)!) !== null }))
  return { lines: new Map(lines.map((l) => [l.id, l])), itemTotal: offer.item_total, shipping: offer.shipping_total, taxTotal: offer.tax_total, total: offer.total }
}
