import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recurringOrderModule } from "../modules/recurring-order"
import { settleApprovalRun } from "../workflows/recurring-orders/run-recurring-order"

/**
 * A recurring run that waited for approval is ordered as soon as the flow is decided (the job
 * settles it too, should this event be missed); rejected, the run fails and the owner is told.
 */
export default async function settleRecurringRun({ event, container }: SubscriberArgs<{ id: string }>) {
  const [run] = await recurringOrderModule(container).listRecurringOrderRuns({ approval_flow_id: event.data.id, status: "awaiting_approval" }, { select: ["id"] })
  if (run) await settleApprovalRun(container, run.id)
}

export const config: SubscriberConfig = { event: ["approval.approved", "approval.rejected"] }
