import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { startDueOnFulfilmentWorkflow } from "../workflows/net-terms/workflows/start-due-on-fulfilment"

export default async function startDueOnFulfilment({ event, container }: SubscriberArgs<{ order_id: string }>) {
  await startDueOnFulfilmentWorkflow(container).run({ input: { order_id: event.data.order_id, fulfilled_at: new Date() } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.FULFILLMENT_CREATED }
