import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { invoicesOfUnitFilter, presentInvoice } from "../../../../../../../workflows/net-terms/utils/invoices-read"
import { retrieveInvoiceOrFail } from "../../../../../../../workflows/net-terms/utils/retrieve-invoice"

export const unitInvoice = (req: BusinessRequest) => retrieveInvoiceOrFail(req.scope, req.params.invoice_id, invoicesOfUnitFilter(req.params.id))

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json({ invoice: presentInvoice(await unitInvoice(req)) })
}
