import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../workflows/net-terms/utils/invoices-read"
import { retrieveInvoiceOrFail } from "../../../../workflows/net-terms/utils/retrieve-invoice"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ invoice: presentInvoice(await retrieveInvoiceOrFail(req.scope, req.params.id)) })
}
