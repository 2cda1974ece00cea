import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../utils/business-context"
import { parseQuery } from "../../../../../utils/parse-query"
import { invoicesOfUnitFilter } from "../../../../../../lib/net-terms/present-invoice"
import { netTermsModule } from "../../../../../../modules/net-terms"
import { StoreListInvoices } from "../../../invoices/validators"

/** The unit's invoices (those drawn on its credit included), for associates with "invoices.view". */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const { status, limit, offset } = parseQuery(StoreListInvoices, req.query)
  const filters = { ...invoicesOfUnitFilter(req.params.id), ...(status ? { status } : {}) }
  res.json(await netTermsModule(req.scope).listInvoicesPage(filters, { limit, offset }))
}
