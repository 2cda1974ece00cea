import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveInvoiceOrFail } from "../../../../../workflows/net-terms/utils/retrieve-invoice"
import { sendInvoicePdf } from "../../../../utils/send-pdf"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendInvoicePdf(req.scope, res, await retrieveInvoiceOrFail(req.scope, req.params.id))
}
