import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { quoteService } from "../../../workflows/quotes/steps/quote-service"
import { presentQuotes } from "../../utils/present-quote"
import { AdminListQuotes } from "./validators"
import { AdminQuotesResponse } from "../../../lib/quotes/contract"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(AdminListQuotes, req.query)
  const { limit, offset, ...filters } = parsedQuery
  const [quotes, count] = await quoteService(req.scope).listAndCountQuotes(filters, {
    relations: ["lines"], skip: offset, take: limit, order: { created_at: "DESC" },
  })
  res.json({ quotes: await presentQuotes(req.scope, quotes, "merchant"), count, limit, offset } satisfies AdminQuotesResponse)
}
