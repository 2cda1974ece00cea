import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ProductViewResponse } from "../../../../../lib/views/contract"
import { BusinessContext, isWholesaleKey, loadBusinessContext, loggedInCustomerId } from "../../../../utils/business-context"
import { callerPriceContext, loadViewProducts } from "../../../../utils/catalog-view"
import { listsHoldingVariants } from "../../../../utils/lists-holding"
import { parseQuery } from "../../../../utils/parse-query"
import { cachedView } from "../../../../utils/view-cache"
import { ProductHandle, StoreProductView } from "../../validators"

/** The logged-in caller and, in the Wholesale storefront, their business context. */
async function callerOf(req: MedusaStoreRequest) {
  const customerId = loggedInCustomerId(req)
  if (!customerId) return null
  const business: BusinessContext | null = (await isWholesaleKey(req)) ? await loadBusinessContext(req, customerId) : null
  return { customerId, business }
}

/**
 * A product page in one request: the product as the catalog view prices it (cached per price
 * context), plus what is the caller's own: whether they may request a quote in the unit they
 * act in, and which of their lists hold it.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { region_id } = parseQuery(StoreProductView, req.query)
  const { handle } = parseQuery(ProductHandle, req.params)
  const context = await callerPriceContext(req, region_id)
  const [found, caller] = await Promise.all([
    cachedView(req, res, { name: "product", params: { handle }, context }, () => loadViewProducts(req, context, { handle }, { limit: 1, offset: 0 })),
    callerOf(req),
  ])
  const product = found.products[0]
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with handle ${handle} was not found`)
  const unitId = caller?.business?.activeUnitId ?? null
  const can_request_quote = !!unitId && caller!.business!.isActive(unitId) && caller!.business!.permissionsIn(unitId).has("quotes.request")
  const lists = caller ? await listsHoldingVariants(req.scope, caller, product.variants.map((v) => v.id)) : []
  const body: ProductViewResponse = {
    view: { product, can_request_quote, lists, region_id: context.region_id, currency_code: context.currency_code, prices_visible: context.prices_visible },
  }
  res.json(body)
}
