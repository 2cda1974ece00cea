import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../../workflows/net-terms/utils/invoices-read"
import { retrieveInvoiceOrFail } from "../../../../../workflows/net-terms/utils/retrieve-invoice"
import { voidInvoiceWorkflow } from "../../../../../workflows/net-terms/workflows/void-invoice"
import { AdminVoidInvoiceType } from "../../validators"

export async function POST(req: MedusaRequest<AdminVoidInvoiceType>, res: MedusaResponse) {
  const invoice = await retrieveInvoiceOrFail(req.scope, req.params.id)
  await voidInvoiceWorkflow(req.scope).run({ input: { invoice_id: invoice.id, reason: req.validatedBody.reason } })
  res.json({ invoice: presentInvoice(await retrieveInvoiceOrFail(req.scope, invoice.id)) })
}
