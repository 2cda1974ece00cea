import { MedusaContainer } from "@medusajs/framework/types"
import { OfferTaxRates, priceOffer } from "../../lib/quotes/offer"
import { allowedActions, QuoteActor, QuoteStatus } from "../../lib/quotes/state-machine"
import { Quote } from "../../lib/quotes/contract"
import { taxRatesFor } from "../../workflows/tax/tax-rates-for"

/** A quote with its priced offer (what accepting would order, taxed) and what the viewer may do next: the contract's Quote. */
export function presentQuote(quote: Record<string, any>, viewer: QuoteActor, rates: OfferTaxRates | null): Quote {
  const lines = (quote.lines ?? []).map((l: any) => ({
    ...l,
    requested_unit_price: Number(l.requested_unit_price),
    offered_unit_price: l.offered_unit_price == null ? null : Number(l.offered_unit_price),
  }))
  const offer = { ...priceOffer(lines, quote.discount_percent ?? 0, Number(quote.shipping_total ?? 0), rates), tax_rates: rates }
  return {
    ...quote,
    shipping_total: Number(quote.shipping_total ?? 0),
    lines,
    offer,
    messages: quote.messages?.sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at))),
    next_actions: allowedActions(quote.status as QuoteStatus, viewer),
  } as Quote
}

const taxKey = (q: Record<string, any>) => `${q.business_unit_id}|${q.shipping_address?.country_code ?? ""}|${q.shipping_address?.province ?? ""}`

/** The tax rates of each quote's lines, asked once per unit and ship-to address (a list of quotes shares a few). */
export async function quoteTaxRates(container: MedusaContainer, quotes: Record<string, any>[]): Promise<Map<string, OfferTaxRates | null>> {
  const groups = new Map<string, Record<string, any>[]>()
  for (const q of quotes) groups.set(taxKey(q), [...(groups.get(taxKey(q)) ?? []), q])
  const rated = await Promise.all(
    [...groups.values()].map(async (group) => {
      const [first] = group
      const rates = await taxRatesFor(container, first.business_unit_id, first.shipping_address, group.flatMap((q) => q.lines ?? []))
      return group.map((q) => [q.id, rates] as const)
    })
  )
  return new Map(rated.flat())
}

/** Quotes as the contract's Quote, each with its taxed offer. */
export async function presentQuotes(container: MedusaContainer, quotes: Record<string, any>[], viewer: QuoteActor): Promise<Quote[]> {
  const rates = await quoteTaxRates(container, quotes)
  return quotes.map((q) => presentQuote(q, viewer, rates.get(q.id) ?? null))
}
