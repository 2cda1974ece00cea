import { MedusaError } from "@medusajs/framework/utils"
import { quotePermissionNeeded } from "../../../../lib/quotes/access"
import { retrieveQuoteOrFail } from "../../../../workflows/quotes/steps/quote-service"
import { BusinessRequest } from "../../../utils/business-context"

/**
 * The quote in the path, if the caller may see it (or respond to it): a quote of a unit the
 * caller does not act in is "not found"; one they may see but not answer is 403.
 */
export async function quoteFor(req: BusinessRequest<any>, mode: "view" | "respond") {
  const quote = await retrieveQuoteOrFail(req.scope, req.params.id).catch(() => null)
  const business = req.business
  const isOwn = quote?.customer_id === business.customerId
  if (!quote || !business.canAct(quote.business_unit_id) || !business.permissionsIn(quote.business_unit_id).has(quotePermissionNeeded(isOwn, "view"))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote ${req.params.id} was not found`)
  }
  const needed = quotePermissionNeeded(isOwn, mode)
  if (!business.permissionsIn(quote.business_unit_id).has(needed)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your role does not allow this (it needs the "${needed}" permission)`)
  }
  return quote
}
