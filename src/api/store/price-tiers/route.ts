import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PriceCandidate, priceTiers, PriceSource } from "../../../lib/pricing/resolution"
import { hidesPricesFromGuests } from "../../../lib/pricing/price-visibility"
import { isProductInKeyChannels } from "../../../lib/business/store-isolation"
import { loggedInCustomerId } from "../../utils/business-context"
import { keyChannels } from "../../utils/key-channels"

const Query = z.object({
  region_id: z.string().trim().min(1, "region_id is required"),
  variant_id: z.preprocess((v) => (Array.isArray(v) ? v : String(v ?? "").split(",").filter(Boolean)), z.array(z.string()).min(1, "give variant_id (one or more, comma-separated)").max(100)),
})

type ListRow = { id: string; type: string; status: string; starts_at: string | null; ends_at: string | null; price_list_rules?: { attribute: string; value: unknown }[] }

const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : [String(value)])

/** Which source a price list is for this caller, or null when it does not apply to them. */
function sourceOf(list: ListRow, channelId: string, groupIds: string[], now: number): PriceSource | null {
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

/**
 * The caller's price tiers per variant (quantity ranges with their price and its source), so
 * a storefront can show quantity breaks; resolved in the order documented in the README.
 * Variants of products the key's channels do not sell are left out, as unknown ids are.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(Query, req.query)
  const customerId = loggedInCustomerId(req)
  const channels = await keyChannels(req)
  if (!customerId && channels.some(hidesPricesFromGuests)) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to see prices in this storefront")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: groups }, { data: allVariants }] = await Promise.all([
    query.graph({ entity: "region", fields: ["currency_code"], filters: { id: parsedQuery.region_id } }),
    customerId
      ? query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } })
      : Promise.resolve({ data: [] as any[] }),
    query.graph({ entity: "product_variant", fields: ["id", "price_set.id", "product.id", "product.status", "product.sales_channels.id"], filters: { id: parsedQuery.variant_id } }),
  ])
  const keyChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const variants = allVariants.filter((v: any) => v.product && isProductInKeyChannels(v.product, keyChannelIds))
  if (!regions[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${parsedQuery.region_id} was not found`)
  const currency = regions[0].currency_code
  const groupIds = ((groups[0] as any)?.groups ?? []).map((g: any) => g.id)
  const channelId = req.publishable_key_context?.sales_channel_ids?.length === 1 ? req.publishable_key_context.sales_channel_ids[0] : ""
  // Query's price_set.prices leaves price-list prices out; the pricing module lists them all.
  const pricing = req.scope.resolve(Modules.PRICING)
  const priceSetIds = variants.map((v: any) => v.price_set?.id).filter(Boolean)
  const prices = priceSetIds.length
    ? await pricing.listPrices({ price_set_id: priceSetIds, currency_code: currency }, { relations: ["price_list", "price_list.price_list_rules"], take: null })
    : []
  const now = Date.now()

  const variant_tiers = variants.map((v: any) => {
    const candidates: PriceCandidate[] = prices
      .filter((p: any) => p.price_set_id === v.price_set?.id)
      .flatMap((p: any) => {
        const list = p.price_list as ListRow | null
        const source = list ? sourceOf(list, channelId, groupIds, now) : "list"
        if (!source) return []
        return [{ amount: Number(p.amount), min_quantity: p.min_quantity ?? null, max_quantity: p.max_quantity ?? null, source, list_type: (list?.type ?? null) as any }]
      })
    return { variant_id: v.id, currency_code: currency, tiers: priceTiers(candidates) }
  })
  res.json({ variant_tiers })
}
