import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  convertDraftOrderWorkflow,
  createOrderWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateOrderTaxLinesWorkflow,
} from "@medusajs/medusa/core-flows"
import { BUSINESS_MODULE } from "../../../modules/business"
import { openApprovalFlowStep } from "../../approvals/steps/open-approval-flow"
import { APPROVAL_REQUESTED } from "../../approvals/workflows/submit-for-approval"
import { checkQuoteOrderStep } from "../steps/check-quote-order"
import { planQuoteTransitionStep } from "../steps/plan-quote-transition"
import { prepareQuoteOrderStep } from "../steps/prepare-quote-order"
import { quoteLockKey } from "../steps/quote-service"
import { updateQuoteStep } from "../steps/update-quote"

export const QUOTE_ACCEPTED = "quote.accepted"

export type AcceptQuoteResult =
  | { status: "ordered"; order_id: string; approval_flow_id: null }
  | { status: "approval_pending"; order_id: null; approval_flow_id: string }

/**
 * Turns a sent quote into an ordinary Medusa order at the offered prices (a draft order,
 * converted, which reserves the stock), attributed to the quote's unit and associate, after the
 * business-cart policy (checkQuoteOrderStep): when the unit's approval rules or the budget ask
 * for approval, accepting submits the quote for approval instead and the order is placed once
 * it is approved. Runs under the quote's lock, so concurrent accepts make one order or one
 * approval; a repeat answers with it. Any failure (stock gone, say) compensates every step.
 */
export const acceptQuoteWorkflow = createWorkflow("accept-quote", (input: { quote_id: string; actor_customer_id?: string | null }) => {
  const key = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const prepared = prepareQuoteOrderStep(input)
  const plan = when("quote-open", { prepared }, ({ prepared }) => !prepared.existing_order_id).then(() =>
    planQuoteTransitionStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, action: "accept" as const, actor: "buyer" as const })))
  )
  const decision = checkQuoteOrderStep(
    transform({ input, prepared }, ({ input, prepared }) => ({ quote_id: input.quote_id, actor_customer_id: input.actor_customer_id ?? null, prepared }))
  )
  const submitted = when("quote-needs-approval", { decision }, ({ decision }) => !!decision.subject).then(() => {
    const flow = openApprovalFlowStep(transform({ decision }, ({ decision }) => decision.subject!))
    emitEventStep({ eventName: APPROVAL_REQUESTED, data: transform({ flow }, ({ flow }) => ({ id: flow.id })) }).config({ name: "emit-quote-approval-requested" })
    return flow
  })
  const placed = when("quote-may-be-ordered", { decision }, ({ decision }) => decision.place).then(() => {
    const draft = createOrderWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.order as any) })
    convertDraftOrderWorkflow.runAsStep({ input: transform({ draft }, ({ draft }) => ({ id: draft.id })) })
    createRemoteLinkStep(
      transform({ draft, plan }, ({ draft, plan }) => [
        { [Modules.ORDER]: { order_id: draft.id }, [BUSINESS_MODULE]: { business_unit_id: plan!.quote.business_unit_id } },
        { [Modules.ORDER]: { order_id: draft.id }, [BUSINESS_MODULE]: { business_associate_id: plan!.quote.associate_id } },
      ])
    )
    // Medusa taxed the order before it belonged to the unit (as a consumer's): taxed again as the unit's.
    updateOrderTaxLinesWorkflow.runAsStep({ input: transform({ draft }, ({ draft }) => ({ order_id: draft.id })) })
    updateQuoteStep(transform({ input, draft }, ({ input, draft }) => ({ id: input.quote_id, status: "accepted", order_id: draft.id })))
    emitEventStep({ eventName: QUOTE_ACCEPTED, data: transform({ input }, ({ input }) => ({ id: input.quote_id })) })
    return draft
  })
  releaseLockStep({ key })
  return new WorkflowResponse(
    transform({ prepared, placed, decision, submitted }, ({ prepared, placed, decision, submitted }): AcceptQuoteResult => {
      const orderId = prepared.existing_order_id ?? placed?.id
      if (orderId) return { status: "ordered", order_id: orderId, approval_flow_id: null }
      return { status: "approval_pending", order_id: null, approval_flow_id: (submitted?.id ?? decision.pending_flow_id) as string }
    })
  )
})
