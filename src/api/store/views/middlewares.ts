import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { guardCart } from "../carts/middlewares"

/**
 * The views answer guests too (catalog and product) but price for the logged-in customer when
 * there is one; the cart view reaches a cart exactly as GET /store/carts/:id does (same
 * channel and business-cart guard, every refusal a 404).
 */
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeViewMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/views/*", middlewares: [optionalCustomer] },
  { method: ["GET"], matcher: "/store/views/cart/:id", middlewares: [guardCart] },
]
