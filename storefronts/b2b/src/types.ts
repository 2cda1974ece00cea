import { sdk } from "./sdk"

/*
 * Medusa store API shapes, derived from the SDK's own method signatures so the portal never
 * drifts from the js-sdk version it runs against (and needs no direct @medusajs/types dependency).
 */
type Resolved<Method extends (...args: any[]) => Promise<unknown>> = Awaited<ReturnType<Method>>

export type Product = Resolved<typeof sdk.store.product.list>["products"][number]
export type ProductVariant = NonNullable<Product["variants"]>[number]
export type Region = Resolved<typeof sdk.store.region.list>["regions"][number]
export type Cart = Resolved<typeof sdk.store.cart.retrieve>["cart"]
export type CartLineItem = NonNullable<Cart["items"]>[number]
export type ShippingOption = Resolved<typeof sdk.store.fulfillment.listCartOptions>["shipping_options"][number]
export type Order = Resolved<typeof sdk.store.order.retrieve>["order"]
export type Customer = Resolved<typeof sdk.store.customer.retrieve>["customer"]
