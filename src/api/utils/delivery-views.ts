import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ReceivingWindow } from "../../lib/delivery/calendar"
import { windowOf } from "../../modules/delivery/service"
import { DeliveryAddressView, DeliveryCalendarView, PlacedDeliveryView, PlannedDeliveryView, ReceivingProfileView } from "../../lib/delivery/contract"

/** Delivery records as the contract (src/lib/delivery/contract.ts) shows them, for the portal's and the admin's routes. */

export function presentReceivingProfile(p: any): ReceivingProfileView {
  return {
    address_id: p.address_id,
    windows: (p.windows ?? []) as ReceivingWindow[],
    dock_instructions: p.dock_instructions ?? null,
    accepts_pallets: !!p.accepts_pallets,
    site_contact_name: p.site_contact_name ?? null,
    site_contact_phone: p.site_contact_phone ?? null,
    notes: p.notes ?? null,
  }
}

/** A delivery calendar as the admin edits it. */
export const presentCalendar = (c: any): DeliveryCalendarView => ({
  id: c.id,
  name: c.name,
  shipping_option_id: c.shipping_option_id ?? null,
  delivery_weekdays: c.delivery_weekdays,
  cutoff_time: c.cutoff_time,
  lead_days: c.lead_days,
  closed_dates: c.closed_dates ?? [],
  time_zone: c.time_zone,
})

/** A unit address as a delivery keeps it. */
export function deliveryAddress(address: any): DeliveryAddressView {
  return {
    address_id: address.address_id ?? address.id,
    label: address.label ?? null,
    company: address.company ?? null,
    address_1: address.address_1,
    city: address.city,
    postal_code: address.postal_code,
    country_code: address.country_code,
  }
}

export function presentPlannedDelivery(d: any, cartItems: Map<string, any>, profile: any | null): PlannedDeliveryView {
  return {
    id: d.id,
    position: d.position,
    address: deliveryAddress(d.address),
    requested_date: d.requested_date,
    window: windowOf(d),
    lines: ((d.lines ?? []) as any[]).map((l) => {
      const item = cartItems.get(l.line_item_id)
      return { line_item_id: l.line_item_id, variant_id: l.variant_id ?? null, title: item ? [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(", ") : l.line_item_id, sku: item?.variant_sku ?? null, quantity: Number(l.quantity), unit_price: Number(l.unit_price) }
    }),
    receiving_profile: profile ? presentReceivingProfile(profile) : null,
  }
}

/** Order fields a delivery's state is read from (Query has no fulfillment_status: it is derived from the items, as Medusa's admin does). */
export const DELIVERY_ORDER_FIELDS = [
  "id", "display_id", "status", "total", "currency_code", "metadata", "fulfillments.labels.tracking_number",
  "items.detail.quantity", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity", "items.detail.delivered_quantity",
]

/** Where an order's goods are: not fulfilled, partly or wholly fulfilled, shipped or delivered (canceled orders: "canceled"). */
export function fulfillmentStatusOf(order: any): string {
  if (order.status === "canceled") return "canceled"
  const items = (order.items ?? []).map((i: any) => i.detail ?? {})
  const all = (field: string) => items.length > 0 && items.every((d: any) => Number(d[field] ?? 0) >= Number(d.quantity ?? 0))
  const some = (field: string) => items.some((d: any) => Number(d[field] ?? 0) > 0)
  if (all("delivered_quantity")) return "delivered"
  if (all("shipped_quantity")) return "shipped"
  if (some("shipped_quantity")) return "partially_shipped"
  if (all("fulfilled_quantity")) return "fulfilled"
  if (some("fulfilled_quantity")) return "partially_fulfilled"
  return "not_fulfilled"
}

/** Placed deliveries with their orders' status, fulfilment and tracking (one read of the orders). */
export async function presentPlacedDeliveries(container: MedusaContainer, deliveries: any[]): Promise<PlacedDeliveryView[]> {
  const orderIds = deliveries.map((d) => d.order_id).filter(Boolean)
  const orders: any[] = orderIds.length
    ? (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: DELIVERY_ORDER_FIELDS, filters: { id: orderIds } })).data
    : []
  const byId = new Map<string, any>(orders.map((o) => [o.id, o]))
  return deliveries.map((d) => {
    const order = d.order_id ? byId.get(d.order_id) : null
    return {
      id: d.id,
      plan_id: d.plan_id ?? d.plan?.id,
      order_id: d.order_id ?? null,
      display_id: order?.display_id ?? null,
      requested_date: d.requested_date,
      window: windowOf(d),
      address: deliveryAddress(d.address),
      status: order?.status ?? null,
      fulfillment_status: order ? fulfillmentStatusOf(order) : null,
      tracking_numbers: (order?.fulfillments ?? []).flatMap((f: any) => (f?.labels ?? []).map((l: any) => l.tracking_number)).filter(Boolean),
      total: order ? Number(order.total) : null,
      currency_code: order?.currency_code ?? null,
      po_number: typeof order?.metadata?.po_number === "string" ? order.metadata.po_number : null,
    }
  })
}
