import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { invoicesOfUnitFilter, presentInvoice } from "../../../../../../../lib/net-terms/present-invoice"
import { netTermsModule } from "../../../../../../../modules/net-terms"
import { InvoiceResponse } from "../../../../../../../lib/net-terms/contract"

export const unitInvoice = (req: BusinessRequest) => netTermsModule(req.scope).retrieveInvoiceOrFail(req.params.invoice_id, invoicesOfUnitFilter(req.params.id))

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json({ invoice: presentInvoice(await unitInvoice(req)) } satisfies InvoiceResponse)
}
