import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { netTermsModule } from "../../../../../modules/net-terms"
import { sendInvoicePdf } from "../../../../utils/send-pdf"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendInvoicePdf(req.scope, res, await netTermsModule(req.scope).retrieveInvoiceOrFail(req.params.id))
}
