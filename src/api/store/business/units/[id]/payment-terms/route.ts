import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../utils/business-context"
import { termsOfUnit } from "../../../../../../workflows/net-terms/terms-of-unit"
import { netTermsModule } from "../../../../../../modules/net-terms"

/**
 * What checkout shows any associate of the unit: whether net terms are offered and how much
 * credit is available (not the invoices behind it, which need "invoices.view").
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const terms = await termsOfUnit(req.scope, req.params.id)
  if (!terms) return res.json({ payment_terms: { enabled: false } })
  const { limit, available, currency_code } = await netTermsModule(req.scope).creditPositionOf(terms)
  res.json({ payment_terms: { enabled: true, terms: terms.terms, credit_limit: limit, credit_available: available, currency_code } })
}
