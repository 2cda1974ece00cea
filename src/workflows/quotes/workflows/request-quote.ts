import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { freezeCartIntoQuoteStep, RequestQuoteInput } from "../steps/freeze-cart-into-quote"

export const QUOTE_REQUESTED = "quote.requested"

export const requestQuoteWorkflow = createWorkflow("request-quote", (input: RequestQuoteInput) => {
  const quote = freezeCartIntoQuoteStep(input)
  emitEventStep({ eventName: QUOTE_REQUESTED, data: transform({ quote }, ({ quote }) => ({ id: quote.id })) })
  return new WorkflowResponse(quote)
})
