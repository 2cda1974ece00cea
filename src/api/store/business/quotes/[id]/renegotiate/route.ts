import { MedusaResponse } from "@medusajs/framework/http"
import { quoteWithThread } from "../../../../../../workflows/quotes/steps/quote-service"
import { transitionQuoteWorkflow } from "../../../../../../workflows/quotes/workflows/transition-quote"
import { BusinessRequest } from "../../../../../utils/business-context"
import { presentQuote } from "../../../../../utils/present-quote"
import { quoteFor } from "../../access"
import { StoreQuoteCommentType } from "../../validators"

export async function POST(req: BusinessRequest<StoreQuoteCommentType>, res: MedusaResponse) {
  await quoteFor(req, "respond")
  await transitionQuoteWorkflow(req.scope).run({
    input: { quote_id: req.params.id, action: "renegotiate", actor: "buyer", author_id: req.business.customerId, comment: req.validatedBody.comment },
  })
  res.json({ quote: presentQuote(await quoteWithThread(req.scope, req.params.id), "buyer") })
}
