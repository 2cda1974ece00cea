import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PickListLine, PickListResponse } from "../../../../lib/delivery/contract"
import { businessModule } from "../../../../modules/business"
import { deliveryModule } from "../../../../modules/delivery"
import { windowOf } from "../../../../modules/delivery/service"
import { AdminPickList } from "../validators"
import { DELIVERY_ORDER_FIELDS, deliveryAddress, fulfillmentStatusOf, presentReceivingProfile } from "../../../utils/delivery-views"
import { parseQuery } from "../../../utils/parse-query"

/**
 * What to pick for one day: the placed deliveries due that date whose orders are not canceled,
 * one stop per delivery (by address, then window), each with its order's lines as ordered, and
 * the day's total per SKU.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { date } = parseQuery(AdminPickList, req.query)
  const service = deliveryModule(req.scope)
  const deliveries = await service.listDeliveries({ requested_date: date, order_id: { $ne: null } } as any, { take: null })
  const orderIds = deliveries.map((d) => d.order_id!)
  const [orders, profiles, units] = await Promise.all([
    orderIds.length
      ? req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: [...DELIVERY_ORDER_FIELDS, "items.variant_id", "items.variant_sku", "items.title", "items.product_title", "items.variant_title"], filters: { id: orderIds } }).then((r) => r.data as any[])
      : Promise.resolve([] as any[]),
    service.profilesByAddress(deliveries.map((d) => d.address_id)),
    businessModule(req.scope).listBusinessUnits({ id: [...new Set(deliveries.map((d) => d.business_unit_id))] }, { select: ["id", "name"] }),
  ])
  const orderById = new Map(orders.map((o) => [o.id, o]))
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  const stops = deliveries
    .filter((d) => orderById.get(d.order_id!)?.status !== "canceled")
    .map((d) => {
      const order = orderById.get(d.order_id!)
      const profile = profiles.get(d.address_id)
      return {
        delivery_id: d.id,
        order_id: d.order_id,
        display_id: order?.display_id ?? null,
        business_unit_id: d.business_unit_id,
        business_unit_name: unitName.get(d.business_unit_id) ?? null,
        address: deliveryAddress(d.address),
        window: windowOf(d),
        receiving_profile: profile ? presentReceivingProfile(profile) : null,
        fulfillment_status: order ? fulfillmentStatusOf(order) : null,
        lines: (order?.items ?? []).map((i: any): PickListLine => ({
          variant_id: i.variant_id ?? null,
          sku: i.variant_sku ?? null,
          title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(", "),
          quantity: Number(i.detail?.quantity ?? 0),
        })),
      }
    })
    .sort((a, b) => `${a.address.postal_code}|${a.address.address_1}|${a.window?.from ?? ""}`.localeCompare(`${b.address.postal_code}|${b.address.address_1}|${b.window?.from ?? ""}`))
  const totals = new Map<string, PickListLine>()
  for (const line of stops.flatMap((s) => s.lines)) {
    const key = line.variant_id ?? line.title
    const sum = totals.get(key)
    totals.set(key, sum ? { ...sum, quantity: sum.quantity + line.quantity } : { ...line })
  }
  res.json({ date, stops, totals: [...totals.values()].sort((a, b) => (a.sku ?? a.title).localeCompare(b.sku ?? b.title)) } satisfies PickListResponse)
}
