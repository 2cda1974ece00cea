import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../utils/business-context"
import { paymentTermsView } from "../../../../../utils/payment-terms-view"

/**
 * What checkout shows any associate of the unit: whether net terms are offered and how much
 * credit is available (not the invoices behind it, which need "invoices.view").
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json({ payment_terms: await paymentTermsView(req.scope, req.params.id) })
}
