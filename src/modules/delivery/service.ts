import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { DeliveryCalendarRules, ReceivingWindow } from "../../lib/delivery/calendar"
import { Delivery } from "./models/delivery"
import { DeliveryCalendar } from "./models/delivery-calendar"
import { DeliveryPlan } from "./models/delivery-plan"
import { ReceivingProfile } from "./models/receiving-profile"

export type NewDelivery = {
  address_id: string
  address: Record<string, unknown>
  requested_date: string
  window_from: string | null
  window_to: string | null
  lines: { line_item_id: string; variant_id: string | null; quantity: number; unit_price: number }[]
}

export type ReceivingProfileData = {
  windows: ReceivingWindow[]
  dock_instructions?: string | null
  accepts_pallets?: boolean
  site_contact_name?: string | null
  site_contact_phone?: string | null
  notes?: string | null
}

class DeliveryModuleService extends MedusaService({ ReceivingProfile, DeliveryCalendar, DeliveryPlan, Delivery }) {
  /** The calendar that governs a shipping option: its own, else the default one; null when the merchant set none. */
  @InjectManager()
  async calendarFor(shippingOptionId: string | null, @MedusaContext() sharedContext: Context = {}) {
    const filters = shippingOptionId ? { $or: [{ shipping_option_id: shippingOptionId }, { shipping_option_id: null }] } : { shipping_option_id: null }
    const candidates = await this.listDeliveryCalendars(filters, {}, sharedContext)
    return candidates.find((c) => c.shipping_option_id === shippingOptionId) ?? candidates.find((c) => c.shipping_option_id === null) ?? null
  }

  async retrieveDeliveryCalendarOrFail(id: string) {
    const [calendar] = await this.listDeliveryCalendars({ id })
    if (!calendar) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery calendar ${id} was not found`)
    return calendar
  }

  /** A cart's plan with its deliveries in order, or null. */
  @InjectManager()
  async planOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}) {
    const [plan] = await this.listDeliveryPlans({ cart_id: cartId }, { relations: ["deliveries"] }, sharedContext)
    if (!plan) return null
    return { ...plan, deliveries: [...plan.deliveries].sort((a, b) => a.position - b.position) }
  }

  /** Replaces an open plan's deliveries (or starts the plan) in one transaction. */
  @InjectTransactionManager()
  async replacePlan(
    cart: { id: string; business_unit_id: string; customer_id: string },
    deliveries: NewDelivery[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    let [plan] = await this.listDeliveryPlans({ cart_id: cart.id }, { relations: ["deliveries"] }, sharedContext)
    if (plan?.status === "placed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart's deliveries are placed already")
    if (plan) await this.deleteDeliveries(plan.deliveries.map((d) => d.id), sharedContext)
    else plan = await this.createDeliveryPlans({ cart_id: cart.id, business_unit_id: cart.business_unit_id }, sharedContext)
    await this.createDeliveries(
      // DML types json columns as records; the lines are an array of records.
      deliveries.map((d, position) => ({ ...d, lines: d.lines as unknown as Record<string, unknown>, position, business_unit_id: cart.business_unit_id, customer_id: cart.customer_id, plan_id: plan!.id })),
      sharedContext
    )
    return plan.id
  }

  /**
   * Marks the delivery a completed cart became: a delivery cart of a split checkout, or the one
   * delivery of a cart planned whole (whose plan is then placed). Returns the delivery's id.
   */
  @InjectTransactionManager()
  async recordOrderOfCart(cartId: string, orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<string | null> {
    const [split] = await this.listDeliveries({ cart_id: cartId }, {}, sharedContext)
    if (split) {
      await this.updateDeliveries({ id: split.id, order_id: orderId }, sharedContext)
      return split.id
    }
    const [plan] = await this.listDeliveryPlans({ cart_id: cartId, status: "open" }, { relations: ["deliveries"] }, sharedContext)
    if (!plan || plan.deliveries.length !== 1) return null
    await this.updateDeliveryPlans({ id: plan.id, status: "placed", placed_at: new Date() }, sharedContext)
    await this.updateDeliveries({ id: plan.deliveries[0].id, order_id: orderId }, sharedContext)
    return plan.deliveries[0].id
  }

  /** Undoes recordOrderOfCart when the order's creation is rolled back. */
  @InjectTransactionManager()
  async forgetOrderOfDelivery(deliveryId: string, @MedusaContext() sharedContext: Context = {}) {
    const [delivery] = await this.listDeliveries({ id: deliveryId }, { relations: ["plan"] }, sharedContext)
    if (!delivery) return
    await this.updateDeliveries({ id: delivery.id, order_id: null }, sharedContext)
    if (!delivery.cart_id) await this.updateDeliveryPlans({ id: delivery.plan.id, status: "open", placed_at: null }, sharedContext)
  }

  /** Writes an address's receiving profile (the one per address), creating it the first time. */
  @InjectTransactionManager()
  async saveReceivingProfile(unitId: string, addressId: string, data: ReceivingProfileData, @MedusaContext() sharedContext: Context = {}) {
    const fields = { ...data, windows: data.windows as unknown as Record<string, unknown> }
    const [existing] = await this.listReceivingProfiles({ address_id: addressId }, {}, sharedContext)
    if (existing) return await this.updateReceivingProfiles({ id: existing.id, business_unit_id: unitId, ...fields }, sharedContext)
    return await this.createReceivingProfiles({ address_id: addressId, business_unit_id: unitId, ...fields }, sharedContext)
  }

  /** Whether the order is one delivery of a split checkout (made from a delivery cart). */
  async isSplitDelivery(orderId: string) {
    const [delivery] = await this.listDeliveries({ order_id: orderId, cart_id: { $ne: null } } as any, { select: ["id"] })
    return !!delivery
  }

  /** The profiles of the given addresses, by address id. */
  @InjectManager()
  async profilesByAddress(addressIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!addressIds.length) return new Map()
    const rows = await this.listReceivingProfiles({ address_id: addressIds }, {}, sharedContext)
    return new Map(rows.map((p) => [p.address_id, p]))
  }
}

/** A stored delivery's receiving window, or null. */
export const windowOf = (d: { window_from?: string | null; window_to?: string | null }) => (d.window_from && d.window_to ? { from: d.window_from, to: d.window_to } : null)

/** The pure calendar rules of a stored calendar. */
export function rulesOf(calendar: { delivery_weekdays: unknown; cutoff_time: string; lead_days: number; closed_dates: unknown; time_zone: string }): DeliveryCalendarRules {
  return {
    delivery_weekdays: calendar.delivery_weekdays as DeliveryCalendarRules["delivery_weekdays"],
    cutoff_time: calendar.cutoff_time,
    lead_days: calendar.lead_days,
    closed_dates: ((calendar.closed_dates ?? []) as { date: string }[]).map((d) => d.date),
    time_zone: calendar.time_zone,
  }
}

export default DeliveryModuleService
