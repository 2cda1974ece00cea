import type { QuantityRuleView } from "../../../../src/lib/views/contract"
import { UnitHeaders } from "../api/client"
import { views } from "../sdk"
import { Product } from "../types"

export type CatalogPage = { products: Product[]; count: number }

/**
 * A page of the wholesale catalog in one request: prices as the company gets them (its price
 * lists), the channel's stock, quantity rule and price breaks per variant, ordered by title.
 */
export async function listCatalog(params: { regionId: string; q?: string; limit: number; offset: number }, headers: UnitHeaders): Promise<CatalogPage> {
  const { products, count } = await views.catalog({ region_id: params.regionId, q: params.q, limit: params.limit, offset: params.offset }, headers)
  return { products, count }
}

/** "6–120, in steps of 6" — the rule in words, next to the quantity input. */
export function describeRule(rule: QuantityRuleView | undefined): string | null {
  if (!rule) return null
  const parts: string[] = []
  if (rule.min_quantity && rule.max_quantity) parts.push(`${rule.min_quantity}–${rule.max_quantity}`)
  else if (rule.min_quantity && rule.min_quantity > 1) parts.push(`min ${rule.min_quantity}`)
  else if (rule.max_quantity) parts.push(`max ${rule.max_quantity}`)
  if (rule.increment && rule.increment > 1) parts.push(`in steps of ${rule.increment}`)
  return parts.length ? parts.join(", ") : null
}
