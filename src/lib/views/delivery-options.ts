import { CATALOG_VIEW_TAGS } from "./price-context"

/**
 * What Medusa's delivery options for a cart (GET /store/shipping-options, its rules, prices and
 * stock check) are computed from: the cart's region, currency, channel, customer, address,
 * lines and totals (rules may test any of them, e.g. free delivery above an item total). Two
 * reads of a cart that agree on all of these get the same options, so the cart view caches
 * them under this key; any change to the cart gives a new key.
 */
export type CartForDelivery = {
  id: string
  region_id?: string | null
  currency_code?: string | null
  sales_channel_id?: string | null
  customer_id?: string | null
  item_total?: number | null
  total?: number | null
  shipping_address?: Record<string, unknown> | null
  items?: { variant_id?: string | null; quantity: number }[] | null
}

// Address parts that say nothing about where the cart ships.
const ADDRESS_NOISE = new Set(["id", "created_at", "updated_at", "deleted_at", "metadata"])

export function deliveryOptionsCacheKey(cart: CartForDelivery): string {
  const address = Object.entries(cart.shipping_address ?? {})
    .filter(([field, value]) => !ADDRESS_NOISE.has(field) && value !== null && value !== undefined && value !== "")
    .sort(([a], [b]) => a.localeCompare(b))
  const lines = (cart.items ?? []).map((line) => `${line.variant_id ?? "-"}x${Number(line.quantity)}`).sort()
  return JSON.stringify({
    view: "delivery-options",
    cart: cart.id,
    region: cart.region_id ?? null,
    currency: cart.currency_code ?? null,
    channel: cart.sales_channel_id ?? null,
    customer: cart.customer_id ?? null,
    totals: [Number(cart.item_total ?? 0), Number(cart.total ?? 0)],
    address,
    lines,
  })
}

/**
 * Cleared by Medusa's events on any change to shipping options, their rules, types, zones and
 * profiles, stock locations and regions, and on every catalog change (prices, stock and
 * reservations decide an option's price and whether it has the stock).
 */
export const DELIVERY_OPTION_TAGS = [
  ...CATALOG_VIEW_TAGS,
  ...["ShippingOption", "ShippingOptionRule", "ShippingOptionType", "ShippingProfile", "ServiceZone", "GeoZone", "FulfillmentSet", "StockLocation", "Region", "RegionCountry"].map(
    (entity) => `${entity}:list:*`
  ),
]
