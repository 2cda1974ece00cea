import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../../lib/net-terms/present-invoice"
import { netTermsModule } from "../../../../../modules/net-terms"
import { recordInvoicePaymentWorkflow } from "../../../../../workflows/net-terms/workflows/record-invoice-payment"
import { AdminRecordPaymentType } from "../../validators"

/** Records a received payment; the one that completes the invoice captures the order's payment. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPaymentType>, res: MedusaResponse) {
  const service = netTermsModule(req.scope)
  const invoice = await service.retrieveInvoiceOrFail(req.params.id)
  await recordInvoicePaymentWorkflow(req.scope).run({
    input: { invoice_id: invoice.id, ...req.validatedBody, recorded_by: req.auth_context.actor_id },
  })
  res.status(201).json({ invoice: presentInvoice(await service.retrieveInvoiceOrFail(invoice.id)) })
}
