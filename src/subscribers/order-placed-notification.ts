import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { deliveryModule } from "../modules/delivery"

/**
 * The order confirmation to the buyer, once per order: the idempotency key makes a redelivered
 * event (a worker that died before acknowledging it) send nothing twice. A delivery of a split
 * checkout is confirmed with its checkout instead (delivery-plan-placed.ts: one confirmation).
 */
export default async function sendOrderConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  if (await deliveryModule(container).isSplitDelivery(event.data.id)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "display_id", "email", "total", "currency_code"], filters: { id: event.data.id } })
  if (!order?.email) return
  const subject = `Order #${order.display_id} confirmed`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-placed",
    trigger_type: OrderWorkflowEvents.PLACED,
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `${OrderWorkflowEvents.PLACED}:${order.id}`,
    data: {
      subject,
      order_id: order.id,
      display_id: order.display_id,
      text: `${subject}: ${Number(order.total).toFixed(2)} ${String(order.currency_code).toUpperCase()}. Thank you for your order.`,
    },
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
