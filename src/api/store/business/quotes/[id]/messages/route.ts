import { MedusaResponse } from "@medusajs/framework/http"
import { quoteService } from "../../../../../../workflows/quotes/steps/quote-service"
import { BusinessRequest } from "../../../../../utils/business-context"
import { quoteFor } from "../../access"
import { QuoteMessageBodyType } from "../../validators"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  await quoteFor(req, "view")
  const messages = await quoteService(req.scope).listQuoteMessages({ quote_id: req.params.id } as any, { order: { created_at: "ASC" }, take: null })
  res.json({ messages })
}

export async function POST(req: BusinessRequest<QuoteMessageBodyType>, res: MedusaResponse) {
  await quoteFor(req, "respond")
  const message = await quoteService(req.scope).createQuoteMessages({
    quote_id: req.params.id, author_type: "buyer", author_id: req.business.customerId, body: req.validatedBody.body,
  } as any)
  res.status(201).json({ message })
}
