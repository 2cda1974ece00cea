import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { hidesPricesFromGuests } from "../../../lib/pricing/price-visibility"
import { isProductInKeyChannels } from "../../../lib/business/store-isolation"
import { loggedInCustomerId } from "../../utils/business-context"
import { keyChannels } from "../../utils/key-channels"
import { priceTiersByVariant } from "../../utils/catalog-reads"

const Query = z.object({
  region_id: z.string().trim().min(1, "region_id is required"),
  variant_id: z.preprocess((v) => (Array.isArray(v) ? v : String(v ?? "").split(",").filter(Boolean)), z.array(z.string()).min(1, "give variant_id (one or more, comma-separated)").max(100)),
})

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
  const tiers = await priceTiersByVariant(
    req.scope,
    variants.map((v: any) => ({ id: v.id, price_set_id: v.price_set?.id })),
    { currency_code: currency, sales_channel_id: channelId, customer_group_ids: groupIds }
  )
  const variant_tiers = variants.map((v: any) => ({ variant_id: v.id, currency_code: currency, tiers: tiers.get(v.id) ?? [] }))
  res.json({ variant_tiers })
}
