import { MedusaResponse } from "@medusajs/framework/http"
import { quoteWithThread } from "../../../../workflows/quotes/steps/quote-service"
import { transitionQuoteWorkflow } from "../../../../workflows/quotes/workflows/transition-quote"
import { BusinessRequest } from "../../../utils/business-context"
import { presentQuotes } from "../../../utils/present-quote"
import { quoteFor } from "./access"
import { StoreQuoteCommentType } from "./validators"
import { StoreQuoteResponse } from "../../../../lib/quotes/contract"

/** The buyer's answer to a sent quote other than accepting: decline or ask to renegotiate. */
export const respondToQuote = (action: "decline" | "renegotiate") =>
  async function POST(req: BusinessRequest<StoreQuoteCommentType>, res: MedusaResponse) {
    await quoteFor(req, "respond")
    await transitionQuoteWorkflow(req.scope).run({
      input: { quote_id: req.params.id, action, actor: "buyer", author_id: req.business.customerId, comment: req.validatedBody.comment },
    })
    const [quote] = await presentQuotes(req.scope, [await quoteWithThread(req.scope, req.params.id)], "buyer")
    res.json({ quote } satisfies StoreQuoteResponse)
  }
