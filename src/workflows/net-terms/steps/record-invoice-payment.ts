import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { invoiceStatusOn, paymentRefusal } from "../../../lib/net-terms/invoice"
import { netTermsModule } from "../../../modules/net-terms"

export type RecordInvoicePaymentInput = {
  invoice_id: string
  amount: number
  paid_at?: Date
  reference?: string | null
  recorded_by?: string | null
}

export const recordInvoicePaymentStepId = "record-invoice-payment"

/** Records a (partial) payment and moves the invoice's paid amount and status; runs under the invoice's lock. */
export const recordInvoicePaymentStep = createStep(
  recordInvoicePaymentStepId,
  async (input: RecordInvoicePaymentInput, { container }) => {
    const service = netTermsModule(container)
    const invoice = await service.retrieveInvoiceOrFail(input.invoice_id)
    const current = { ...invoice, total: Number(invoice.total), paid_amount: Number(invoice.paid_amount) }
    const refusal = paymentRefusal(current, input.amount)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const payment = await service.createInvoicePayments({
      invoice_id: invoice.id,
      amount: input.amount,
      paid_at: input.paid_at ?? new Date(),
      reference: input.reference ?? null,
      recorded_by: input.recorded_by ?? null,
    })
    const paid = Math.round((current.paid_amount + input.amount) * 100) / 100
    const status = invoiceStatusOn({ ...current, paid_amount: paid }, new Date())
    await service.updateInvoices({ id: invoice.id, paid_amount: paid, status })
    return new StepResponse(
      { status, paid_amount: paid, payment_id: invoice.payment_id, total: current.total },
      { invoice_id: invoice.id, payment_id: payment.id, before: { paid_amount: current.paid_amount, status: invoice.status } }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = netTermsModule(container)
    await service.deleteInvoicePayments(undo.payment_id)
    await service.updateInvoices({ id: undo.invoice_id, ...undo.before })
  }
)
