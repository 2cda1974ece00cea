import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../../workflows/net-terms/utils/invoices-read"
import { retrieveInvoiceOrFail } from "../../../../../workflows/net-terms/utils/retrieve-invoice"
import { recordInvoicePaymentWorkflow } from "../../../../../workflows/net-terms/workflows/record-invoice-payment"
import { AdminRecordPaymentType } from "../../validators"

/** Records a received payment; the one that completes the invoice captures the order's payment. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPaymentType>, res: MedusaResponse) {
  const invoice = await retrieveInvoiceOrFail(req.scope, req.params.id)
  await recordInvoicePaymentWorkflow(req.scope).run({
    input: { invoice_id: invoice.id, ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  res.status(201).json({ invoice: presentInvoice(await retrieveInvoiceOrFail(req.scope, invoice.id)) })
}
