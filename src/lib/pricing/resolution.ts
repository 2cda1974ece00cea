/**
 * The price a buyer pays for a quantity, in the documented order: the company agreement (a
 * price list for the company's customer group on the channel) → the channel's price book
 * (a price list for the channel, with quantity breaks) → the list price. This mirrors how
 * Medusa's pricing module ranks what it found (price lists first, the one with more rules
 * first, a "sale" list never above the list price), so the tiers a storefront shows equal what
 * the cart charges; the HTTP tests hold the two side by side.
 */
export type PriceSource = "agreement" | "price_book" | "list"

export type PriceCandidate = {
  amount: number
  min_quantity: number | null
  max_quantity: number | null
  source: PriceSource
  /** Medusa's price list type: a "sale" list never raises the price above the list price. */
  list_type?: "sale" | "override" | null
}

export type ResolvedPrice = { amount: number; source: PriceSource }

const RANK: Record<PriceSource, number> = { agreement: 0, price_book: 1, list: 2 }

const covers = (c: PriceCandidate, quantity: number) =>
  (c.min_quantity == null || c.min_quantity <= quantity) && (c.max_quantity == null || c.max_quantity >= quantity)

export function resolvePrice(candidates: PriceCandidate[], quantity: number): ResolvedPrice | null {
  const applicable = candidates
    .filter((c) => covers(c, quantity))
    .sort((a, b) => RANK[a.source] - RANK[b.source] || a.amount - b.amount)
  const chosen = applicable[0]
  if (!chosen) return null
  const list = applicable.find((c) => c.source === "list")
  if (chosen.list_type === "sale" && list && list.amount < chosen.amount) {
    return { amount: list.amount, source: "list" }
  }
  return { amount: chosen.amount, source: chosen.source }
}

export type PriceTier = { min_quantity: number; max_quantity: number | null; amount: number; source: PriceSource }

/** The quantity ranges over which the resolved price stays the same, from 1 upwards. */
export function priceTiers(candidates: PriceCandidate[]): PriceTier[] {
  const starts = new Set<number>([1])
  for (const c of candidates) {
    if (c.min_quantity && c.min_quantity > 1) starts.add(c.min_quantity)
    if (c.max_quantity) starts.add(c.max_quantity + 1)
  }
  const points = [...starts].sort((a, b) => a - b)
  const tiers: PriceTier[] = []
  for (const quantity of points) {
    const price = resolvePrice(candidates, quantity)
    const last = tiers[tiers.length - 1]
    if (last && price && last.amount === price.amount && last.source === price.source) continue
    if (last) last.max_quantity = quantity - 1
    if (price) tiers.push({ min_quantity: quantity, max_quantity: null, ...price })
  }
  return tiers
}

export type PriceListFacts = { id: string; type: string; status: string; starts_at: string | null; ends_at: string | null; price_list_rules?: { attribute: string; value: unknown }[] }

const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : [String(value)])

/** Which source a price list is for this caller, or null when it does not apply to them. */
export function priceListSource(list: PriceListFacts, channelId: string, groupIds: string[], now: number): PriceSource | null {
  if (list.status !== "active") return null
  if ((list.starts_at && Date.parse(list.starts_at) > now) || (list.ends_at && Date.parse(list.ends_at) < now)) return null
  const rules = list.price_list_rules ?? []
  const byAttribute = new Map(rules.map((r) => [r.attribute, asList(r.value)]))
  if (!byAttribute.get("sales_channel_id")?.includes(channelId)) return null
  if (![...byAttribute.keys()].every((a) => a === "sales_channel_id" || a === "customer.groups.id")) return null
  const groups = byAttribute.get("customer.groups.id")
  if (!groups) return "price_book"
  return groups.some((g) => groupIds.includes(g)) ? "agreement" : null
}
