import { MedusaNextFunction, MedusaResponse, MedusaStoreRequest, MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Adds the key's sales channel to the pricing context of catalog reads, so that price lists
 * with a `sales_channel_id` rule (a company's negotiated prices apply on the Wholesale
 * channel only) are matched exactly as they are in carts, whose pricing context Medusa
 * already builds with the cart's sales_channel_id. Runs after Medusa's own setPricingContext.
 */
export function addSalesChannelToPricingContext(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const context = (req as any).pricingContext
  if (context && channels.length === 1) {
    context.sales_channel_id = channels[0]
  }
  next()
}

export const storeProductMiddlewares: MiddlewareRoute[] = [
  "/store/products",
  "/store/products/:id",
  "/store/product-variants",
  "/store/product-variants/:id",
].map((matcher) => ({ method: ["GET"], matcher, middlewares: [addSalesChannelToPricingContext] }))
