import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  convertDraftOrderWorkflow,
  createOrderWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { BUSINESS_MODULE } from "../../../modules/business"
import { planQuoteTransitionStep } from "../steps/plan-quote-transition"
import { prepareQuoteOrderStep } from "../steps/prepare-quote-order"
import { quoteLockKey } from "../steps/quote-service"
import { updateQuoteStep } from "../steps/update-quote"

export const QUOTE_ACCEPTED = "quote.accepted"

/**
 * Turns a sent quote into an ordinary Medusa order at the offered prices (a draft order,
 * converted, which reserves the stock), attributed to the quote's unit and associate. Runs
 * under the quote's lock, so concurrent accepts make one order; a repeat answers with it.
 * Any failure (stock gone, say) compensates every step: no order, quote still sent.
 */
export const acceptQuoteWorkflow = createWorkflow("accept-quote", (input: { quote_id: string }) => {
  const key = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const prepared = prepareQuoteOrderStep(input)
  const placed = when("quote-not-yet-accepted", { prepared }, ({ prepared }) => !prepared.existing_order_id).then(() => {
    const plan = planQuoteTransitionStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id, action: "accept" as const, actor: "buyer" as const })))
    const draft = createOrderWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.order as any) })
    convertDraftOrderWorkflow.runAsStep({ input: transform({ draft }, ({ draft }) => ({ id: draft.id })) })
    createRemoteLinkStep(
      transform({ draft, plan }, ({ draft, plan }) => [
        { [Modules.ORDER]: { order_id: draft.id }, [BUSINESS_MODULE]: { business_unit_id: plan.quote.business_unit_id } },
        { [Modules.ORDER]: { order_id: draft.id }, [BUSINESS_MODULE]: { business_associate_id: plan.quote.associate_id } },
      ])
    )
    updateQuoteStep(transform({ input, draft }, ({ input, draft }) => ({ id: input.quote_id, status: "accepted", order_id: draft.id })))
    emitEventStep({ eventName: QUOTE_ACCEPTED, data: transform({ input }, ({ input }) => ({ id: input.quote_id })) })
    return draft
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ prepared, placed }, ({ prepared, placed }) => ({ order_id: (prepared.existing_order_id ?? placed?.id) as string })))
})
