import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { channelQuantityRules } from "../../utils/catalog-reads"
import { StoreListQuantityRules } from "./validators"

/**
 * The quantity rules that the publishable key's sales channel applies to some products or
 * variants, so a storefront can guide the buyer before the cart refuses a quantity.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(StoreListQuantityRules, req.query)
  let variantIds = parsedQuery.variant_id ?? []
  if (parsedQuery.product_id?.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { product_id: parsedQuery.product_id } })
    variantIds = [...variantIds, ...data.map((v: any) => v.id)]
  }
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  res.json({ quantity_rules: await channelQuantityRules(req.scope, variantIds, channels) })
}
