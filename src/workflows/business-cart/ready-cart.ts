import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow, createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { NET_TERMS_PROVIDER_ID } from "../../modules/net-terms-payment"
import { loadBusinessCart, netTermsSessionData } from "./load-business-cart"

/**
 * A cart the server completes itself (a recurring run, one delivery of a split checkout) gets
 * its shipping option and payment session here, each added once: a resumed run finds them there.
 */
export async function readyCartForCheckout(container: MedusaContainer, cartId: string, shippingOptionId: string, paymentProviderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["completed_at", "items.id", "shipping_methods.id", "payment_collection.id", "payment_collection.payment_sessions.id"], filters: { id: cartId } })
  const cart = data[0] as any
  if (!cart || cart.completed_at || !cart.items?.length) return
  if (!cart.shipping_methods?.length) {
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: shippingOptionId }] } })
  }
  if (cart.payment_collection?.payment_sessions?.length) return
  const collectionId = cart.payment_collection?.id ?? (await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })).result.id
  // Net terms: the same server-side session data as the storefront's checkout gets (guardPaymentSession).
  const sessionData = paymentProviderId === NET_TERMS_PROVIDER_ID ? netTermsSessionData(await loadBusinessCart(container, cartId)) : undefined
  // No customer_id: with one, Medusa 2.21 creates the customer's payment account holder in each
  // session, and carts of one customer completed at once race on that insert ("Account holder …
  // already exists", core issue). Neither the system nor the net-terms provider uses it.
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collectionId, provider_id: paymentProviderId, data: sessionData } })
}
