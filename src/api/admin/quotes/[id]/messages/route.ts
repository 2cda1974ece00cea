import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteService, retrieveQuoteOrFail } from "../../../../../workflows/quotes/steps/quote-service"
import { QuoteMessageBodyType } from "../../../../store/business/quotes/validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await retrieveQuoteOrFail(req.scope, req.params.id)
  const messages = await quoteService(req.scope).listQuoteMessages({ quote_id: req.params.id } as any, { order: { created_at: "ASC" }, take: null })
  res.json({ messages })
}

export async function POST(req: AuthenticatedMedusaRequest<QuoteMessageBodyType>, res: MedusaResponse) {
  await retrieveQuoteOrFail(req.scope, req.params.id)
  const message = await quoteService(req.scope).createQuoteMessages({
    quote_id: req.params.id, author_type: "merchant", author_id: req.auth_context.actor_id, body: req.validatedBody.body,
  } as any)
  res.status(201).json({ message })
}
