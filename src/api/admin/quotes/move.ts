import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteWithThread } from "../../../workflows/quotes/steps/quote-service"
import { transitionQuoteWorkflow } from "../../../workflows/quotes/workflows/transition-quote"
import { StoreQuoteCommentType } from "../../store/business/quotes/validators"
import { presentQuotes } from "../../utils/present-quote"
import { AdminQuoteResponse } from "../../../lib/quotes/contract"

/** The merchant's moves on a quote: send the offer, or withdraw it; a comment joins the thread. */
export const merchantQuoteMove = (action: "send" | "withdraw") =>
  async function POST(req: AuthenticatedMedusaRequest<StoreQuoteCommentType>, res: MedusaResponse) {
    await transitionQuoteWorkflow(req.scope).run({
      input: { quote_id: req.params.id, action, actor: "merchant", author_id: req.auth_context.actor_id, comment: req.validatedBody.comment },
    })
    const [quote] = await presentQuotes(req.scope, [await quoteWithThread(req.scope, req.params.id)], "merchant")
    res.json({ quote } satisfies AdminQuoteResponse)
  }
