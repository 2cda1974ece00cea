import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offerProblem } from "../../../lib/quotes/offer"
import { isPastValidity, nextStatus, QuoteAction, QuoteActor, QuoteStatus, QuoteTransitionError } from "../../../lib/quotes/state-machine"
import { retrieveQuoteOrFail } from "./quote-service"

export const planQuoteTransitionStepId = "plan-quote-transition"

/** Checks a move against the state machine (and, to send, the offer) under the quote's lock. */
export const planQuoteTransitionStep = createStep(
  planQuoteTransitionStepId,
  async (input: { quote_id: string; action: QuoteAction; actor: QuoteActor }, { container }) => {
    const quote = await retrieveQuoteOrFail(container, input.quote_id)
    const now = new Date()
    try {
      if (input.action === "accept" && quote.status === "sent" && isPastValidity(quote.valid_until, now)) {
        throw new QuoteTransitionError("This quote expired on " + new Date(quote.valid_until!).toISOString().slice(0, 10) + ": ask for a new offer")
      }
      const status = nextStatus(quote.status as QuoteStatus, input.action, input.actor)
      if (input.action === "send") {
        const problem = offerProblem(quote.lines as any, quote.valid_until, now)
        if (problem) throw new QuoteTransitionError(problem)
      }
      return new StepResponse({ status, quote })
    } catch (error) {
      if (error instanceof QuoteTransitionError) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
      throw error
    }
  }
)
