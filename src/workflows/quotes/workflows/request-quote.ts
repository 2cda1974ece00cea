import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findOpenQuoteStep } from "../steps/find-open-quote"
import { freezeCartIntoQuoteStep, RequestQuoteInput } from "../steps/freeze-cart-into-quote"

export const QUOTE_REQUESTED = "quote.requested"

/**
 * Freezes the cart into a new quote, or answers the cart's open quote: under a lock of the cart,
 * ten simultaneous requests make one quote.
 */
export const requestQuoteWorkflow = createWorkflow("request-quote", (input: RequestQuoteInput) => {
  const key = transform({ input }, ({ input }) => `quote-cart:${input.cart_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const openId = findOpenQuoteStep(input)
  const created = when("cart-has-no-open-quote", { openId }, ({ openId }) => !openId).then(() => {
    const quote = freezeCartIntoQuoteStep(input)
    emitEventStep({ eventName: QUOTE_REQUESTED, data: transform({ quote }, ({ quote }) => ({ id: quote.id })) })
    return quote
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ openId, created }, ({ openId, created }) => ({ id: (openId ?? created!.id) as string, created: !openId })))
})
