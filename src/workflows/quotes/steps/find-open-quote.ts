import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_STATUSES, TERMINAL } from "../../../lib/quotes/state-machine"
import { RequestQuoteInput } from "./freeze-cart-into-quote"
import { quoteService } from "./quote-service"

export const findOpenQuoteStepId = "find-open-quote"

const OPEN_STATUSES = QUOTE_STATUSES.filter((s) => !TERMINAL.includes(s))

/**
 * A cart has at most one open quote: asking again (a double click, a second tab) answers the
 * one already being negotiated. Only the requester's own quote of the unit is found; anyone
 * else goes on to the cart's ownership check, which refuses them.
 */
export const findOpenQuoteStep = createStep(findOpenQuoteStepId, async (input: RequestQuoteInput, { container }) => {
  const [open] = await quoteService(container).listQuotes(
    { cart_id: input.cart_id, customer_id: input.customer_id, business_unit_id: input.business_unit_id, status: OPEN_STATUSES },
    { select: ["id"], take: 1 }
  )
  return new StepResponse((open?.id as string | undefined) ?? null)
})
