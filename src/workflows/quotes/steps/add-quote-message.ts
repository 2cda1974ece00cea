import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteService } from "./quote-service"

export type QuoteMessageInput = { quote_id: string; author_type: "buyer" | "merchant"; author_id: string; body: string }

export const addQuoteMessageStepId = "add-quote-message"

export const addQuoteMessageStep = createStep(
  addQuoteMessageStepId,
  async (input: QuoteMessageInput | null, { container }) => {
    if (!input?.body) return new StepResponse(null, null)
    const message = await quoteService(container).createQuoteMessages({ ...input, quote: input.quote_id } as any)
    return new StepResponse(message, message.id as string)
  },
  async (id, { container }) => {
    if (id) await quoteService(container).deleteQuoteMessages(id)
  }
)
