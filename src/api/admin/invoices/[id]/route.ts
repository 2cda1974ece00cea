import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../lib/net-terms/present-invoice"
import { netTermsModule } from "../../../../modules/net-terms"
import { InvoiceResponse } from "../../../../lib/net-terms/contract"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ invoice: presentInvoice(await netTermsModule(req.scope).retrieveInvoiceOrFail(req.params.id)) } satisfies InvoiceResponse)
}
