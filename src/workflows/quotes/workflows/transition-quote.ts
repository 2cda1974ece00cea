import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { QuoteAction, QuoteActor } from "../../../lib/quotes/state-machine"
import { addQuoteMessageStep } from "../steps/add-quote-message"
import { planQuoteTransitionStep } from "../steps/plan-quote-transition"
import { quoteLockKey } from "../steps/quote-service"
import { updateQuoteStep } from "../steps/update-quote"

export type TransitionQuoteInput = {
  quote_id: string
  action: Exclude<QuoteAction, "accept" | "draft">
  actor: QuoteActor
  author_id: string
  comment?: string | null
}

/** send, decline, renegotiate, withdraw, expire: one move under the quote's lock, with an optional comment in the thread. */
export const transitionQuoteWorkflow = createWorkflow("transition-quote", (input: TransitionQuoteInput) => {
  const key = transform({ input }, ({ input }) => quoteLockKey(input.quote_id))
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const plan = planQuoteTransitionStep(input)
  const quote = updateQuoteStep(transform({ input, plan }, ({ input, plan }) => ({ id: input.quote_id, status: plan.status })))
  addQuoteMessageStep(
    transform({ input }, ({ input }) =>
      input.comment && input.actor !== "system"
        ? { quote_id: input.quote_id, author_type: input.actor === "buyer" ? ("buyer" as const) : ("merchant" as const), author_id: input.author_id, body: input.comment }
        : null
    )
  )
  releaseLockStep({ key })
  emitEventStep({
    eventName: transform({ plan }, ({ plan }) => `quote.${plan.status}`),
    data: transform({ input }, ({ input }) => ({ id: input.quote_id })),
  })
  return new WorkflowResponse(quote)
})
