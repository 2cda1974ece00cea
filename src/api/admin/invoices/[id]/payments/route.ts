import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentInvoice } from "../../../../../lib/net-terms/present-invoice"
import { netTermsModule } from "../../../../../modules/net-terms"
import { recordInvoicePaymentWorkflow } from "../../../../../workflows/net-terms/workflows/record-invoice-payment"
import { AdminRecordPaymentType } from "../../validators"
import { respondIdempotently } from "../../../../utils/idempotency"
import { InvoiceResponse } from "../../../../../lib/net-terms/contract"

/**
 * Records a received payment; the one that completes the invoice captures the order's payment.
 * Honours Idempotency-Key, so a payment entered twice by a double click is recorded once.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPaymentType>, res: MedusaResponse) {
  const service = netTermsModule(req.scope)
  const invoice = await service.retrieveInvoiceOrFail(req.params.id)
  await respondIdempotently(req, res, async () => {
    await recordInvoicePaymentWorkflow(req.scope).run({
      input: { invoice_id: invoice.id, ...req.validatedBody, recorded_by: req.auth_context.actor_id },
    })
    return { status: 201, body: { invoice: presentInvoice(await service.retrieveInvoiceOrFail(invoice.id)) } satisfies InvoiceResponse }
  })
}
