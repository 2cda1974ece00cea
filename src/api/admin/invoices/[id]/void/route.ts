import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../../lib/net-terms/present-invoice"
import { netTermsModule } from "../../../../../modules/net-terms"
import { voidInvoiceWorkflow } from "../../../../../workflows/net-terms/workflows/void-invoice"
import { AdminVoidInvoiceType } from "../../validators"
import { InvoiceResponse } from "../../../../../lib/net-terms/contract"

export async function POST(req: MedusaRequest<AdminVoidInvoiceType>, res: MedusaResponse) {
  const service = netTermsModule(req.scope)
  const invoice = await service.retrieveInvoiceOrFail(req.params.id)
  await voidInvoiceWorkflow(req.scope).run({ input: { invoice_id: invoice.id, reason: req.validatedBody.reason } })
  res.json({ invoice: presentInvoice(await service.retrieveInvoiceOrFail(invoice.id)) } satisfies InvoiceResponse)
}
