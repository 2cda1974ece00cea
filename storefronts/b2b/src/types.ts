import type { CartView, ViewProduct, ViewVariant } from "../../../src/lib/views/contract"
import { sdk } from "./sdk"

/*
 * Medusa store API shapes, derived from the SDK's own method signatures so the portal never
 * drifts from the js-sdk version it runs against (and needs no direct @medusajs/types dependency).
 */
type Resolved<Method extends (...args: any[]) => Promise<unknown>> = Awaited<ReturnType<Method>>

/** Products as the backend's page views answer them: each variant with its stock, quantity rule and price breaks. */
export type Product = ViewProduct
export type ProductVariant = ViewVariant
export type Region = Resolved<typeof sdk.store.region.list>["regions"][number]
export type Cart = Resolved<typeof sdk.store.cart.retrieve>["cart"]
export type CartLineItem = NonNullable<Cart["items"]>[number]
export type ShippingOption = CartView["shipping_options"][number]
export type Order = Resolved<typeof sdk.store.order.retrieve>["order"]
export type Customer = Resolved<typeof sdk.store.customer.retrieve>["customer"]
