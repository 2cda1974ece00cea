import { MedusaContainer } from "@medusajs/framework/types"
import { checkRequestedDate, DateVerdict, DeliveryCalendarRules, ReceivingWindow } from "../../lib/delivery/calendar"
import { AllocatedLine, planMatchesCart } from "../../lib/delivery/plan"
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
  /** The cart's lines changed since the plan was made. */
  outdated: boolean
  /** The cart's total plus one more shipping per extra delivery: what the checkout costs in all. */
  total: number
  shipping_per_delivery: number
}

type CartShipping = {
  id: string
  total?: unknown
  shipping_total?: unknown
  shipping_methods?: { shipping_option_id?: string | null }[] | null
  items?: { id: string; variant_id?: string | null; quantity: unknown; unit_price: unknown }[] | null
}

/** The shipping option a cart ships with (its first shipping method's), or null. */
export const shippingOptionOf = (cart: CartShipping) => cart.shipping_methods?.find((m) => m?.shipping_option_id)?.shipping_option_id ?? null

/** Without a calendar from the merchant, any day from tomorrow (UTC) on. */
const NO_CALENDAR: DeliveryCalendarRules = { delivery_weekdays: [1, 2, 3, 4, 5, 6, 7], cutoff_time: "00:00", lead_days: 0, closed_dates: [], time_zone: "UTC" }

/** The calendar rules of a cart's shipping option and the receiving windows of the given addresses. */
export async function deliveryRules(container: MedusaContainer, shippingOptionId: string | null, addressIds: string[]) {
  const service = deliveryModule(container)
  const [calendar, profiles] = await Promise.all([service.calendarFor(shippingOptionId), service.profilesByAddress([...new Set(addressIds)])])
  return {
    rules: calendar ? rulesOf(calendar) : NO_CALENDAR,
    windowsOf: (addressId: string) => (profiles.get(addressId)?.windows ?? []) as ReceivingWindow[],
    profiles,
  }
}

/** Each requested date checked against the calendar of the cart's shipping option and its address's receiving windows. */
export async function checkDeliveryDates(
  container: MedusaContainer,
  shippingOptionId: string | null,
  deliveries: { address_id: string; requested_date: string }[],
  now = new Date()
): Promise<DateVerdict[]> {
  const { rules, windowsOf } = await deliveryRules(container, shippingOptionId, deliveries.map((d) => d.address_id))
  return deliveries.map((d) => checkRequestedDate(rules, windowsOf(d.address_id), now, d.requested_date))
}

/** Why each refused date is refused, numbered as the buyer sees the deliveries. */
export const dateRefusalMessages = (verdicts: DateVerdict[]) =>
  verdicts.flatMap((v, i) => (v.allowed ? [] : [`Delivery ${i + 1}: ${v.message}`]))

export async function planFactsOf(container: MedusaContainer, cart: CartShipping): Promise<PlanFacts | null> {
  const plan = await deliveryModule(container).planOfCart(cart.id)
  if (!plan || plan.status !== "open" || !plan.deliveries.length) return null
  const count = plan.deliveries.length
  const shipping = Number(cart.shipping_total ?? 0)
  const verdicts = await checkDeliveryDates(container, shippingOptionOf(cart), plan.deliveries)
  return {
    plan_id: plan.id,
    count,
    split: count > 1,
    date_refusals: dateRefusalMessages(verdicts),
    outdated: !planMatchesCart(
      (cart.items ?? []).map((i) => ({ id: i.id, variant_id: i.variant_id ?? null, quantity: Number(i.quantity), unit_price: Number(i.unit_price) })),
      plan.deliveries.map((d) => d.lines as unknown as AllocatedLine[])
    ),
    total: Math.round((Number(cart.total ?? 0) + (count - 1) * shipping) * 100) / 100,
    shipping_per_delivery: shipping,
  }
}

/** The cart a delivery cart was split from, while its checkout is being placed; null for any other cart. */
export async function splitFromCartId(container: MedusaContainer, cartId: string): Promise<string | null> {
  const [delivery] = await deliveryModule(container).listDeliveries({ cart_id: cartId }, { relations: ["plan"] })
  return delivery?.plan?.cart_id ?? null
}
