import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { voidRefusal } from "../../../lib/net-terms/invoice"
import { netTermsModule } from "../../../modules/net-terms"

export type VoidInvoicesInput = { invoice_id: string; reason: string }

export const voidInvoicesStepId = "void-invoices"

/** The merchant voids an invoice by hand. A void invoice no longer counts against the credit limit, which frees the credit. */
export const voidInvoicesStep = createStep(
  voidInvoicesStepId,
  async (input: VoidInvoicesInput, { container }) => {
    const service = netTermsModule(container)
    const invoices = await service.listInvoices({ id: input.invoice_id })
    if (!invoices.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${input.invoice_id} was not found`)
    // Voided by hand only without payments; cancelling the order voids regardless (hooks/order-canceled.ts).
    const refusal = voidRefusal({ ...invoices[0], paid_amount: Number(invoices[0].paid_amount) })
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const before = await service.voidInvoices(invoices, input.reason)
    return new StepResponse(before.map((i) => i.id), before)
  },
  async (before, { container }) => netTermsModule(container).restoreVoidedInvoices(before)
)
