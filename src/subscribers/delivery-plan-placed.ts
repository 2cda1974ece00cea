import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deliveryModule } from "../modules/delivery"
import { DELIVERY_PLAN_PLACED } from "../workflows/delivery/place-split-checkout"

/** One confirmation for a checkout split into deliveries: each delivery's order, date and address. */
export default async function sendSplitCheckoutConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  const [plan] = await deliveryModule(container).listDeliveryPlans({ id: event.data.id }, { relations: ["deliveries"] })
  const deliveries = [...(plan?.deliveries ?? [])].filter((d) => d.order_id).sort((a, b) => a.position - b.position)
  if (!deliveries.length) return
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "currency_code", "metadata"],
    filters: { id: deliveries.map((d) => d.order_id!) },
  })
  const byId = new Map((orders as any[]).map((o) => [o.id, o]))
  const first = byId.get(deliveries[0].order_id!)
  if (!first?.email) return
  const currency = String(first.currency_code).toUpperCase()
  const total = deliveries.reduce((sum, d) => sum + Number(byId.get(d.order_id!)?.total ?? 0), 0)
  const lines = deliveries.map((d) => {
    const order = byId.get(d.order_id!)
    const address = d.address as any
    const window = d.window_from ? ` ${d.window_from}–${d.window_to}` : ""
    return `Order #${order?.display_id}: ${d.requested_date}${window} to ${[address.company, address.address_1, address.city].filter(Boolean).join(", ")}, ${Number(order?.total ?? 0).toFixed(2)} ${currency}`
  })
  const po = typeof first.metadata?.po_number === "string" ? ` (PO ${first.metadata.po_number})` : ""
  const subject = `Your order${po} is confirmed in ${deliveries.length} deliveries`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: first.email,
    channel: "email",
    template: "delivery-plan-placed",
    trigger_type: DELIVERY_PLAN_PLACED,
    resource_id: plan!.id,
    resource_type: "delivery_plan",
    idempotency_key: `${DELIVERY_PLAN_PLACED}:${plan!.id}`,
    data: { subject, plan_id: plan!.id, order_ids: deliveries.map((d) => d.order_id), text: `${subject}, ${total.toFixed(2)} ${currency} in all:\n${lines.join("\n")}\nThank you for your order.` },
  })
}

export const config: SubscriberConfig = { event: DELIVERY_PLAN_PLACED }
