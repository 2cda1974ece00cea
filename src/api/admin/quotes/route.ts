import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { quoteService } from "../../../workflows/quotes/steps/quote-service"
import { presentQuote } from "../../utils/present-quote"
import { AdminListQuotes } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = AdminListQuotes.safeParse(req.query)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))
  }
  const { limit, offset, ...filters } = parsed.data
  const [quotes, count] = await quoteService(req.scope).listAndCountQuotes(filters, {
    relations: ["lines"], skip: offset, take: limit, order: { created_at: "DESC" },
  })
  res.json({ quotes: quotes.map((q) => presentQuote(q, "merchant")), count, limit, offset })
}
