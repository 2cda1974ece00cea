import type { ViewProduct, ViewVariant } from "../../../src/lib/views/contract"
import { sdk } from "./sdk"

/*
 * Store API shapes, derived from the SDK's own method signatures so the shop never drifts from
 * the js-sdk version it runs against (and needs no direct dependency on @medusajs/types).
 */
type Resolved<Method extends (...args: any[]) => Promise<unknown>> = Awaited<ReturnType<Method>>

/** Products as the backend's page views answer them: each variant with its channel stock and rules. */
export type Product = ViewProduct
export type ProductVariant = ViewVariant
export type Category = Resolved<typeof sdk.store.category.list>["product_categories"][number]
export type Region = Resolved<typeof sdk.store.region.list>["regions"][number]
export type Cart = Resolved<typeof sdk.store.cart.retrieve>["cart"]
export type CartLineItem = NonNullable<Cart["items"]>[number]
export type Customer = Resolved<typeof sdk.store.customer.retrieve>["customer"]
