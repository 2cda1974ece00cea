import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartAddressOf } from "../../../lib/business/cart-address"
import { EffectiveTerms } from "../../../lib/net-terms/settings"
import { deliveryModule } from "../../../modules/delivery"
import { NET_TERMS_PROVIDER_ID } from "../../../modules/net-terms-payment"
import { loadBusinessCart, refusalError } from "../../business-cart/load-business-cart"
import { shippingOptionOf } from "../../business-cart/delivery-facts"

export const checkSplitCheckoutStepId = "check-split-checkout"

export type SplitCheckout = {
  cart: {
    id: string; region_id: string; sales_channel_id: string; customer_id: string; email: string | null; currency_code: string
    metadata: Record<string, unknown> | null; billing_address: Record<string, unknown> | null
    business_unit_id: string; associate_id: string | null
  }
  plan_id: string
  deliveries: { id: string; address: Record<string, unknown>; lines: { variant_id: string | null; quantity: number; unit_price: number }[] }[]
  shipping_option_id: string
  payment_provider_id: string
  /** What the whole checkout costs (items, one shipping per delivery): its one approval and credit check are on it. */
  total: number
  /** Net terms: the unit's effective terms (whose credit the checkout draws on); null for other payment. */
  credit: { terms: EffectiveTerms; unit_id: string } | null
}


/**
 * The business-cart policy on the whole basket, once, as the caller places it: unit, role,
 * channel, quantity rules, prices, requested dates, one approval for the basket and its total,
 * net-terms credit for that total. What the deliveries need to become orders is read here too.
 */
export const checkSplitCheckoutStep = createStep(
  checkSplitCheckoutStepId,
  async (input: { cart_id: string; actor_customer_id: string }, { container }): Promise<StepResponse<SplitCheckout>> => {
    const loaded = await loadBusinessCart(container, input.cart_id, { actorCustomerId: input.actor_customer_id })
    const cart = loaded.cart
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is already ordered")
    if (loaded.kind !== "business" || !loaded.plan?.split) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is not split into deliveries: complete it as one order (POST /store/carts/:id/complete)")
    }
    const [refusal] = loaded.refusals
    if (refusal) throw refusalError(refusal)
    const shippingOptionId = shippingOptionOf(cart)
    const providerId = cart.payment_collection?.payment_sessions?.[0]?.provider_id
    if (!shippingOptionId || !providerId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Choose the shipping method and the payment method before placing the deliveries")
    }
    const plan = (await deliveryModule(container).planOfCart(cart.id))!
    const { data: [full] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["metadata", "billing_address.*"], filters: { id: cart.id } })
    const terms = loaded.unit?.terms
    return new StepResponse({
      cart: {
        id: cart.id, region_id: cart.region_id, sales_channel_id: cart.sales_channel_id, customer_id: cart.customer_id, email: cart.email ?? null,
        currency_code: cart.currency_code, metadata: (full as any)?.metadata ?? null, billing_address: (full as any)?.billing_address ? cartAddressOf((full as any).billing_address) : null,
        business_unit_id: loaded.unit!.unit!.id, associate_id: cart.business_associate?.id ?? loaded.unit?.associate_id ?? null,
      },
      plan_id: plan.id,
      deliveries: plan.deliveries.map((d) => ({ id: d.id, address: cartAddressOf(d.address as Record<string, unknown>), lines: d.lines as any })),
      shipping_option_id: shippingOptionId,
      payment_provider_id: providerId,
      total: loaded.facts.total,
      credit: providerId === NET_TERMS_PROVIDER_ID && terms ? { terms, unit_id: loaded.unit!.unit!.id } : null,
    })
  }
)
