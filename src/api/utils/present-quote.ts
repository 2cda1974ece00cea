import { priceOffer } from "../../lib/quotes/offer"
import { allowedActions, QuoteActor, QuoteStatus } from "../../lib/quotes/state-machine"
import { Quote } from "../../lib/quotes/contract"

/** A quote with its priced offer (what accepting would order) and what the viewer may do next: the contract's Quote. */
export function presentQuote(quote: Record<string, any>, viewer: QuoteActor): Quote {
  const lines = (quote.lines ?? []).map((l: any) => ({
    ...l,
    requested_unit_price: Number(l.requested_unit_price),
    offered_unit_price: l.offered_unit_price == null ? null : Number(l.offered_unit_price),
  }))
  const offer = priceOffer(lines, quote.discount_percent ?? 0, Number(quote.shipping_total ?? 0))
  return {
    ...quote,
    shipping_total: Number(quote.shipping_total ?? 0),
    lines,
    offer,
    messages: quote.messages?.sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at))),
    next_actions: allowedActions(quote.status as QuoteStatus, viewer),
  } as Quote
}
