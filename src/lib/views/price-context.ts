/**
 * What a storefront price depends on, and nothing else: the region (and so the currency), the
 * publishable key's sales channel, the caller's customer groups (company agreements are price
 * lists for a group) and whether the channel shows prices to this caller at all. Medusa's
 * pricing module resolves a calculated price from exactly these inputs (see the products
 * middleware), so a cached answer keyed by them can be served to anyone with the same context
 * and to no one else: a guest, the Retail key and another company always differ in one part.
 * The price lists in force are part of it too, as Medusa tells no one when they change.
 */
export type PriceContext = {
  region_id: string
  currency_code: string
  sales_channel_ids: string[]
  customer_group_ids: string[]
  prices_visible: boolean
  /** Which price lists are in force now (see src/api/utils/price-lists-in-force.ts). */
  price_lists: string
}

export function priceContextOf(input: {
  region: { id: string; currency_code: string }
  salesChannelIds: readonly string[]
  customerGroupIds: readonly string[]
  pricesVisible: boolean
  priceListsInForce: string
}): PriceContext {
  return {
    region_id: input.region.id,
    currency_code: input.region.currency_code,
    sales_channel_ids: [...new Set(input.salesChannelIds)].sort(),
    customer_group_ids: input.pricesVisible ? [...new Set(input.customerGroupIds)].sort() : [],
    prices_visible: input.pricesVisible,
    price_lists: input.pricesVisible ? input.priceListsInForce : "",
  }
}

/** The pricing context Medusa's Query takes for calculated_price; null when prices are hidden. */
export function queryPricingContext(context: PriceContext): Record<string, unknown> | null {
  if (!context.prices_visible) return null
  return {
    region_id: context.region_id,
    currency_code: context.currency_code,
    ...(context.sales_channel_ids.length === 1 ? { sales_channel_id: context.sales_channel_ids[0] } : {}),
    customer: { groups: context.customer_group_ids.map((id) => ({ id })) },
  }
}

/**
 * The cache key of one view answer: the view, its own parameters and the whole price context.
 * Parameters are listed by name so that two views never share a key by accident.
 */
export function viewCacheKey(view: string, params: Record<string, unknown>, context: PriceContext): string {
  return JSON.stringify({ view, params: sortedEntries(params), context: sortedEntries(context) })
}

const sortedEntries = (record: Record<string, unknown>) =>
  Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => [key, record[key]])

/**
 * The entities a catalog view is made of. Medusa's Caching Module clears the "<Entity>:list:*"
 * tag whenever any record of that entity is created, updated or deleted (its strategy listens
 * to every module event), so a view tagged with these is dropped on the next change of a
 * product, a price, a price list or its rules, stock or reservations, a channel assignment or
 * a quantity rule, in every process that shares the cache.
 */
export const CATALOG_VIEW_TAGS = [
  "Product",
  "ProductVariant",
  "ProductCategory",
  "ProductSalesChannel",
  "ProductVariantPriceSet",
  "ProductVariantInventoryItem",
  "PriceSet",
  "Price",
  "PriceRule",
  "PriceList",
  "PriceListRule",
  "InventoryItem",
  "InventoryLevel",
  "ReservationItem",
  "SalesChannelStockLocation",
  "VariantQuantityRule",
].map((entity) => `${entity}:list:*`)
