import { MedusaResponse } from "@medusajs/framework/http"
import { quoteService } from "../../../../../workflows/quotes/steps/quote-service"
import { BusinessRequest } from "../../../../utils/business-context"
import { presentQuote } from "../../../../utils/present-quote"
import { quoteFor } from "../access"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  await quoteFor(req, "view")
  const [quote] = await quoteService(req.scope).listQuotes({ id: req.params.id }, { relations: ["lines", "messages"] })
  res.json({ quote: presentQuote(quote, "buyer") })
}
