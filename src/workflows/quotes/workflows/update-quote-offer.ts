import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planQuoteTransitionStep } from "../steps/plan-quote-transition"
import { quoteLockKey } from "../steps/quote-service"
import { QuoteChanges, updateQuoteStep } from "../steps/update-quote"

type OfferInput = Omit<QuoteChanges, "status" | "order_id">

/** The merchant edits the offer; a requested or renegotiating quote moves to drafting. */
export const updateQuoteOfferWorkflow = createWorkflow("update-quote-offer", (input: OfferInput) => {
  const key = transform({ input }, ({ input }) => quoteLockKey(input.id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const plan = planQuoteTransitionStep(transform({ input }, ({ input }) => ({ quote_id: input.id, action: "draft" as const, actor: "merchant" as const })))
  const quote = updateQuoteStep(transform({ input, plan }, ({ input, plan }) => ({ ...input, status: plan.status })))
  releaseLockStep({ key })
  return new WorkflowResponse(quote)
})
