import { UnitHeaders } from "../api/client"
import { sdk } from "../sdk"
import { Product } from "../types"

/** Prices as the company gets them: the backend applies its price list to calculated_price. */
const PRICED_FIELDS = "id,title,handle,thumbnail,description,*variants.calculated_price,+variants.sku,+variants.title"

export type CatalogPage = { products: Product[]; count: number }

export async function listPricedProducts(
  params: { regionId: string; q?: string; limit: number; offset: number },
  headers: UnitHeaders
): Promise<CatalogPage> {
  const { products, count } = await sdk.store.product.list(
    { region_id: params.regionId, fields: PRICED_FIELDS, q: params.q || undefined, limit: params.limit, offset: params.offset, order: "title" },
    headers
  )
  return { products, count }
}


export type QuantityRule = { variant_id: string; min_quantity: number | null; max_quantity: number | null; increment: number | null }

/** The channel's quantity rules for some products, by variant id, so inputs can guide the buyer. */
export async function quantityRulesOf(productIds: string[]): Promise<Map<string, QuantityRule>> {
  if (!productIds.length) return new Map()
  const { quantity_rules } = await sdk.client.fetch<{ quantity_rules: QuantityRule[] }>("/store/quantity-rules", {
    query: { product_id: productIds.join(",") },
  })
  return new Map(quantity_rules.map((rule) => [rule.variant_id, rule]))
}

/** "6–120, in steps of 6" — the rule in words, next to the quantity input. */
export function describeRule(rule: QuantityRule | undefined): string | null {
  if (!rule) return null
  const parts: string[] = []
  if (rule.min_quantity && rule.max_quantity) parts.push(`${rule.min_quantity}–${rule.max_quantity}`)
  else if (rule.min_quantity && rule.min_quantity > 1) parts.push(`min ${rule.min_quantity}`)
  else if (rule.max_quantity) parts.push(`max ${rule.max_quantity}`)
  if (rule.increment && rule.increment > 1) parts.push(`in steps of ${rule.increment}`)
  return parts.length ? parts.join(", ") : null
}
