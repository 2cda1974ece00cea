import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { CatalogViewResponse } from "../../../../lib/views/contract"
import { callerPriceContext, loadViewProducts } from "../../../utils/catalog-view"
import { parseQuery } from "../../../utils/parse-query"
import { cachedView } from "../../../utils/view-cache"
import { StoreCatalogView } from "../validators"

/**
 * A catalog page in one request: the key's products with the caller's prices, stock, quantity
 * rules and price tiers, cached per price context (see src/lib/views/price-context.ts).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { region_id, q, category_id, limit, offset } = parseQuery(StoreCatalogView, req.query)
  const context = await callerPriceContext(req, region_id)
  const params = { q, category_id: category_id?.slice().sort(), limit, offset }
  const page = await cachedView(req, res, { name: "catalog", params, context }, () => loadViewProducts(req, context, { q, category_id }, { limit, offset }))
  const body: CatalogViewResponse = {
    catalog: { ...page, limit, offset, region_id: context.region_id, currency_code: context.currency_code, prices_visible: context.prices_visible },
  }
  res.json(body)
}
