import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { RecordInvoicePaymentInput, recordInvoicePaymentStep } from "../steps/record-invoice-payment"

/**
 * A payment received for an invoice. When it completes the invoice, the order's net-terms
 * payment is captured in Medusa, so the order shows as paid. The invoice lock serialises
 * payments of one invoice (two clerks recording at once cannot overpay it).
 */
export const recordInvoicePaymentWorkflow = createWorkflow("record-invoice-payment", (input: RecordInvoicePaymentInput) => {
  const key = transform({ input }, ({ input }) => `net-terms-invoice:${input.invoice_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const recorded = recordInvoicePaymentStep(input)
  when({ recorded }, ({ recorded }) => recorded.status === "paid" && !!recorded.payment_id).then(() => {
    const capture = transform({ recorded }, ({ recorded }) => ({ payment_id: recorded.payment_id!, amount: recorded.total }))
    capturePaymentWorkflow.runAsStep({ input: capture })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(recorded)
})
