import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "../../../../lib/quotes/state-machine"
import { quoteService } from "../../../../workflows/quotes/steps/quote-service"
import { requestQuoteWorkflow } from "../../../../workflows/quotes/workflows/request-quote"
import { BUSINESS_UNIT_HEADER, BusinessRequest } from "../../../utils/business-context"
import { respondIdempotently } from "../../../utils/idempotency"
import { presentQuotes } from "../../../utils/present-quote"
import { StoreRequestQuoteType } from "./validators"
import { StoreQuoteResponse, StoreQuotesResponse } from "../../../../lib/quotes/contract"

/**
 * Asks for a quote on the caller's cart in the active business unit (permission "quotes.request"):
 * 201 with the new quote, or 200 with the cart's quote still open. Honours Idempotency-Key.
 */
export async function POST(req: BusinessRequest<StoreRequestQuoteType>, res: MedusaResponse) {
  const unitId = req.business.activeUnitId
  if (!unitId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Choose the business unit with the ${BUSINESS_UNIT_HEADER} header`)
  }
  if (!req.business.permissionsIn(unitId).has("quotes.request")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, 'Your role in this business unit does not allow this (it needs the "quotes.request" permission)')
  }
  await respondIdempotently(req, res, async () => {
    const { result } = await requestQuoteWorkflow(req.scope).run({
      input: { ...req.validatedBody, business_unit_id: unitId, associate_id: req.business.associateIn(unitId)!, customer_id: req.business.customerId },
    })
    const [quote] = await quoteService(req.scope).listQuotes({ id: result.id }, { relations: ["lines", "messages"] })
    const [presented] = await presentQuotes(req.scope, [quote], "buyer")
    return { status: result.created ? 201 : 200, body: { quote: presented } satisfies StoreQuoteResponse }
  })
}

/** Quotes the caller may see: their own where they hold "quotes.view_own", everyone's where "quotes.view_others". */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const status = typeof req.query.status === "string" ? req.query.status : undefined
  if (status && !(QUOTE_STATUSES as readonly string[]).includes(status)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `status must be one of ${QUOTE_STATUSES.join(", ")}`)
  }
  const { business } = req
  const allOf = business.accessibleUnitIds.filter((u) => business.permissionsIn(u).has("quotes.view_others"))
  const ownOf = business.accessibleUnitIds.filter((u) => !allOf.includes(u) && business.permissionsIn(u).has("quotes.view_own"))
  const scopes = [
    ...(allOf.length ? [{ business_unit_id: allOf }] : []),
    ...(ownOf.length ? [{ business_unit_id: ownOf, customer_id: business.customerId }] : []),
  ]
  const quotes = scopes.length
    ? await quoteService(req.scope).listQuotes({ $or: scopes, ...(status ? { status } : {}) } as any, { relations: ["lines"], order: { created_at: "DESC" }, take: 100 })
    : []
  res.json({ quotes: await presentQuotes(req.scope, quotes, "buyer") } satisfies StoreQuotesResponse)
}
