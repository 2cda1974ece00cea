import { MedusaContainer } from "@medusajs/framework/types"
import { checkRequestedDate, ReceivingWindow } from "../../lib/delivery/calendar"
import { deliveryModule } from "../../modules/delivery"
import { rulesOf } from "../../modules/delivery/service"

/**
 * The delivery facts of a business cart, for the loader: its plan (how many deliveries, whether
 * each requested date is still allowed now, what the whole checkout costs) or, for a cart that
 * is one delivery of a split checkout being placed, the cart it was split from.
 */

export type PlanFacts = {
  plan_id: string
  count: number
  split: boolean
  date_refusals: string[]
  /** The cart's total plus one more shipping per extra delivery: what the checkout costs in all. */
  total: number
  shipping_per_delivery: number
}

type CartShipping = { id: string; total?: unknown; shipping_total?: unknown; shipping_methods?: { shipping_option_id?: string | null }[] | null }

/** The shipping option a cart ships with (its first shipping method's), or null. */
export const shippingOptionOf = (cart: CartShipping) => cart.shipping_methods?.find((m) => m?.shipping_option_id)?.shipping_option_id ?? null

/** Each requested date checked against the calendar of the cart's shipping option and its address's receiving windows. */
export async function dateRefusals(
  container: MedusaContainer,
  shippingOptionId: string | null,
  deliveries: { position: number; address_id: string; requested_date: string }[],
  now = new Date()
): Promise<{ position: number; message: string; next: string | null }[]> {
  const service = deliveryModule(container)
  const [calendar, profiles] = await Promise.all([service.calendarFor(shippingOptionId), service.profilesByAddress([...new Set(deliveries.map((d) => d.address_id))])])
  if (!calendar) return []
  const rules = rulesOf(calendar)
  return deliveries.flatMap((d) => {
    const windows = (profiles.get(d.address_id)?.windows ?? []) as ReceivingWindow[]
    const verdict = checkRequestedDate(rules, windows, now, d.requested_date)
    return verdict.allowed ? [] : [{ position: d.position, message: `Delivery ${d.position + 1}: ${verdict.message}`, next: verdict.next }]
  })
}

export async function planFactsOf(container: MedusaContainer, cart: CartShipping): Promise<PlanFacts | null> {
  const plan = await deliveryModule(container).planOfCart(cart.id)
  if (!plan || plan.status !== "open" || !plan.deliveries.length) return null
  const count = plan.deliveries.length
  const shipping = Number(cart.shipping_total ?? 0)
  const refusals = await dateRefusals(container, shippingOptionOf(cart), plan.deliveries)
  return {
    plan_id: plan.id,
    count,
    split: count > 1,
    date_refusals: refusals.map((r) => r.message),
    total: Math.round((Number(cart.total ?? 0) + (count - 1) * shipping) * 100) / 100,
    shipping_per_delivery: shipping,
  }
}

/** The cart a delivery cart was split from, while its checkout is being placed; null for any other cart. */
export async function splitFromCartId(container: MedusaContainer, cartId: string): Promise<string | null> {
  const [delivery] = await deliveryModule(container).listDeliveries({ cart_id: cartId }, { relations: ["plan"] })
  return delivery?.plan?.cart_id ?? null
}
