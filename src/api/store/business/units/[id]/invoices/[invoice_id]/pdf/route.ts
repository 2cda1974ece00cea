import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../../../utils/business-context"
import { sendInvoicePdf } from "../../../../../../../utils/send-pdf"
import { unitInvoice } from "../route"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  await sendInvoicePdf(req.scope, res, await unitInvoice(req))
}
