import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { voidRefusal } from "../../../lib/net-terms/invoice"
import { netTermsService } from "../utils/terms-of-unit"

export type VoidInvoicesInput = {
  /** The invoice the merchant voids by hand (refused when it has payments)… */
  invoice_id?: string
  /** …or the invoice of an order being cancelled (voided whatever it holds). */
  order_id?: string
  reason: string
}

export const voidInvoicesStepId = "void-invoices"

/** A void invoice no longer counts against the credit limit, which frees the credit. */
export const voidInvoicesStep = createStep(
  voidInvoicesStepId,
  async (input: VoidInvoicesInput, { container }) => {
    const service = netTermsService(container)
    const filters = input.invoice_id ? { id: input.invoice_id } : { order_id: input.order_id! }
    const invoices = await service.listInvoices(filters)
    if (input.invoice_id) {
      if (!invoices.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${input.invoice_id} was not found`)
      const refusal = voidRefusal({ ...invoices[0], paid_amount: Number(invoices[0].paid_amount) })
      if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const open = invoices.filter((i) => i.status !== "void")
    const now = new Date()
    if (open.length) {
      await service.updateInvoices(open.map((i) => ({ id: i.id, status: "void" as const, void_reason: input.reason, voided_at: now })))
    }
    return new StepResponse(open.map((i) => i.id), open.map((i) => ({ id: i.id, status: i.status })))
  },
  async (before, { container }) => {
    if (!before?.length) return
    await netTermsService(container).updateInvoices(before.map((b) => ({ ...b, void_reason: null, voided_at: null })))
  }
)
