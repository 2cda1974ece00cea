import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approvalModule } from "../modules/approval"
import { acceptQuoteWorkflow } from "../workflows/quotes/workflows/accept-quote"

/**
 * A quote that waited for approval becomes its order once approved, through the same accept
 * workflow (and so the same policy: an approval that no longer matches the quote places nothing).
 */
export default async function placeApprovedQuote({ event, container }: SubscriberArgs<{ id: string }>) {
  const flow = await approvalModule(container).retrieveApprovalFlowOrFail(event.data.id)
  if (!flow.quote_id) return
  try {
    await acceptQuoteWorkflow(container).run({ input: { quote_id: flow.quote_id, actor_customer_id: flow.requester_customer_id } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Approved quote ${flow.quote_id} could not be ordered: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "approval.approved" }
