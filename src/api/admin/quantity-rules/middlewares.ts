import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminPricingSettings, AdminSetPriceBookPrices, AdminUpsertQuantityRule } from "./validators"

export const adminPricingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/quantity-rules", middlewares: [validateAndTransformBody(AdminUpsertQuantityRule)] },
  { method: ["POST"], matcher: "/admin/sales-channels/:id/price-book", middlewares: [validateAndTransformBody(AdminSetPriceBookPrices)] },
  { method: ["POST"], matcher: "/admin/sales-channels/:id/pricing-settings", middlewares: [validateAndTransformBody(AdminPricingSettings)] },
]
