import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { quoteService, retrieveQuoteOrFail } from "../../../../workflows/quotes/steps/quote-service"
import { updateQuoteOfferWorkflow } from "../../../../workflows/quotes/workflows/update-quote-offer"
import { presentQuotes } from "../../../utils/present-quote"
import { AdminUpdateOfferType } from "../validators"
import { AdminQuoteResponse } from "../../../../lib/quotes/contract"

async function detail(req: MedusaRequest<any>) {
  await retrieveQuoteOrFail(req.scope, req.params.id)
  const [quote] = await quoteService(req.scope).listQuotes({ id: req.params.id }, { relations: ["lines", "messages"] })
  const [presented] = await presentQuotes(req.scope, [quote], "merchant")
  return presented
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ quote: await detail(req) } satisfies AdminQuoteResponse)
}

/** Edits the offer: line prices, discount, shipping, valid-until, comment. */
export async function POST(req: MedusaRequest<AdminUpdateOfferType>, res: MedusaResponse) {
  const quote = await retrieveQuoteOrFail(req.scope, req.params.id)
  const { lines, ...fields } = req.validatedBody
  const unknown = (lines ?? []).filter((l) => !quote.lines.some((q: any) => q.id === l.id))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not a line of this quote: ${unknown.map((l) => l.id).join(", ")}`)
  }
  await updateQuoteOfferWorkflow(req.scope).run({
    input: { id: req.params.id, ...fields, lines: lines?.map((l) => ({ id: l.id, offered_unit_price: l.unit_price })) },
  })
  res.json({ quote: await detail(req) } satisfies AdminQuoteResponse)
}
