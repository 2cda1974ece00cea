import { MedusaResponse } from "@medusajs/framework/http"
import { QuoteApprovalSummary, StoreQuoteResponse } from "../../../../../lib/quotes/contract"
import { approvalModule } from "../../../../../modules/approval"
import { quoteService } from "../../../../../workflows/quotes/steps/quote-service"
import { BusinessRequest } from "../../../../utils/business-context"
import { presentQuotes } from "../../../../utils/present-quote"
import { quoteFor } from "../access"

/** The quote, with the approval it waits for (or got) when accepting it needed one. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  await quoteFor(req, "view")
  const [[quote], [flow]] = await Promise.all([
    quoteService(req.scope).listQuotes({ id: req.params.id }, { relations: ["lines", "messages"] }),
    approvalModule(req.scope).listApprovalFlows({ quote_id: req.params.id, status: ["pending", "approved", "rejected"] }, { order: { created_at: "DESC" }, take: 1 }),
  ])
  const approval: QuoteApprovalSummary | null = flow
    ? { id: flow.id, status: flow.status, current_tier: flow.current_tier, reasons: flow.reasons as unknown as string[] }
    : null
  const [presented] = await presentQuotes(req.scope, [quote], "buyer")
  res.json({ quote: { ...presented, approval } } satisfies StoreQuoteResponse)
}
