import { MedusaNextFunction, MedusaResponse, MedusaStoreRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { hidesPricesFromGuests, withoutPriceFields } from "../../../lib/pricing/price-visibility"
import { loggedInCustomerId } from "../../utils/business-context"
import { keyChannels } from "../../utils/key-channels"

/**
 * Catalog reads are priced as carts are: the key's sales channel joins the pricing context
 * (carts carry their sales_channel_id there already), so channel price books and company
 * agreements (price lists with a `sales_channel_id` rule) give the same price in the listing
 * and in the cart. A channel that hides prices from guests gets no price fields for them.
 * Runs after Medusa's own setPricingContext.
 */
export async function channelPricing(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const context = (req as any).pricingContext
  if (!loggedInCustomerId(req) && (await keyChannels(req)).some(hidesPricesFromGuests)) {
    req.queryConfig.fields = withoutPriceFields(req.queryConfig.fields)
    delete (req as any).pricingContext
  } else if (context && channels.length === 1) {
    context.sales_channel_id = channels[0]
  }
  next()
}

export const storeProductMiddlewares: MiddlewareRoute[] = [
  "/store/products",
  "/store/products/:id",
  "/store/product-variants",
  "/store/product-variants/:id",
].map((matcher) => ({ method: ["GET"], matcher, middlewares: [channelPricing] }))
