import { listShippingOptionsForCartWorkflow } from "@medusajs/core-flows"
import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { defaultStoreShippingOptionsFields } from "@medusajs/medusa/api/store/shipping-options/query-config"
import { CartView, CartViewResponse } from "../../../../../lib/views/contract"
import { checkoutReadiness, loadBusinessCart } from "../../../../../workflows/business-cart/load-business-cart"
import { isWholesaleKey, loggedInCustomerId } from "../../../../utils/business-context"
import { parseQuery } from "../../../../utils/parse-query"
import { paymentTermsView } from "../../../../utils/payment-terms-view"
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
  "region.countries.iso_2",
  "region.countries.display_name",
]

/**
 * A cart or checkout page in one request: the cart with its totals (as GET /store/carts/:id),
 * its delivery options (as GET /store/shipping-options), the countries its region ships to
 * and, for a business cart, the checkout readiness and the unit's payment terms. Never cached:
 * every read is the cart's own. The cart guard (middlewares.ts) has already let the caller in.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  parseQuery(StoreCartView, req.query)
  const cartId = req.params.id
  // Business carts are Wholesale carts: their readiness is read beside the rest, not after it.
  const business = (await isWholesaleKey(req))
    ? loadBusinessCart(req.scope, cartId, { actorCustomerId: loggedInCustomerId(req), readiness: true })
    : Promise.resolve(null)
  const [cart, { result: shipping_options }, loaded] = await Promise.all([
    refetchCart(cartId, req.scope, CART_FIELDS),
    listShippingOptionsForCartWorkflow(req.scope).run({ input: { cart_id: cartId, is_return: false, fields: defaultStoreShippingOptionsFields } }),
    business,
  ])
  const unitId = loaded?.unit?.unit?.id ?? null
  const countries = ((cart as any).region?.countries ?? []) as { iso_2: string; display_name: string }[]
  const view: CartView = {
    cart: cart as CartView["cart"],
    shipping_options: shipping_options as CartView["shipping_options"],
    countries: countries.map(({ iso_2, display_name }) => ({ iso_2, display_name })),
    checkout: loaded && unitId ? checkoutReadiness(loaded) : null,
    payment_terms: unitId ? await paymentTermsView(req.scope, unitId) : null,
  }
  const body: CartViewResponse = { view }
  res.json(body)
}
