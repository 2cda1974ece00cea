import { listShippingOptionsForCartWorkflow } from "@medusajs/core-flows"
import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { defaultStoreShippingOptionsFields } from "@medusajs/medusa/api/store/shipping-options/query-config"
import { CartView, CartViewResponse } from "../../../../../lib/views/contract"
import { CartForDelivery, DELIVERY_OPTION_TAGS, deliveryOptionsCacheKey } from "../../../../../lib/views/delivery-options"
import { checkoutReadiness, loadBusinessCart } from "../../../../../workflows/business-cart/load-business-cart"
import { isWholesaleKey, loggedInCustomerId } from "../../../../utils/business-context"
import { parseQuery } from "../../../../utils/parse-query"
import { paymentTermsOf } from "../../../../utils/payment-terms-view"
import { readThrough, VIEW_CACHE_HEADER } from "../../../../utils/view-cache"
import { StoreCartView } from "../../validators"

// Medusa's default store cart plus what both storefronts' cart and checkout pages read.
const CART_FIELDS = [
  ...defaultStoreCartFields,
  "items.total",
  "items.subtotal",
  "payment_collection.id",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
  "customer_id",
  "region.countries.iso_2",
  "region.countries.display_name",
]

/**
 * The cart and its delivery options as Medusa's workflow answers them, cached under everything
 * they are computed from (src/lib/views/delivery-options.ts): reloading a checkout, or opening
 * it again with the cart unchanged, costs no second run. x-view-cache tells which it was.
 */
async function cartWithDeliveryOptions(req: MedusaStoreRequest, res: MedusaResponse, cartId: string) {
  const cart = await refetchCart(cartId, req.scope, CART_FIELDS)
  const entry = { name: "cart's delivery options", key: deliveryOptionsCacheKey(cart as CartForDelivery), tags: DELIVERY_OPTION_TAGS }
  const { value, state } = await readThrough(req.scope, entry, async () => {
    const { result } = await listShippingOptionsForCartWorkflow(req.scope).run({ input: { cart_id: cartId, is_return: false, fields: defaultStoreShippingOptionsFields } })
    return result as object[]
  })
  res.setHeader(VIEW_CACHE_HEADER, state)
  return { cart, shipping_options: value }
}

/**
 * A cart or checkout page in one request: the cart with its totals (as GET /store/carts/:id),
 * its delivery options (as GET /store/shipping-options), the countries its region ships to
 * and, for a business cart, the checkout readiness and the unit's payment terms. Only the
 * delivery options are cached (per cart state); the cart and its readiness are read every
 * time. The cart guard (middlewares.ts) has already let the caller in.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  parseQuery(StoreCartView, req.query)
  const cartId = req.params.id
  // Business carts are Wholesale carts: their readiness is read beside the rest, not after it.
  const business = (await isWholesaleKey(req))
    ? loadBusinessCart(req.scope, cartId, { actorCustomerId: loggedInCustomerId(req), readiness: true })
    : Promise.resolve(null)
  const [{ cart, shipping_options }, loaded] = await Promise.all([cartWithDeliveryOptions(req, res, cartId), business])
  const unitId = loaded?.unit?.unit?.id ?? null
  const countries = ((cart as any).region?.countries ?? []) as { iso_2: string; display_name: string }[]
  const view: CartView = {
    cart: cart as CartView["cart"],
    shipping_options: shipping_options as CartView["shipping_options"],
    countries: countries.map(({ iso_2, display_name }) => ({ iso_2, display_name })),
    checkout: loaded && unitId ? checkoutReadiness(loaded) : null,
    // The loader read the unit's terms and credit position already (readiness: true).
    payment_terms: loaded && unitId ? paymentTermsOf(loaded.unit?.terms ?? null, loaded.facts.net_terms.credit) : null,
  }
  const body: CartViewResponse = { view }
  res.json(body)
}
