import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { becameOverdue } from "../../../lib/net-terms/invoice"
import { netTermsModule } from "../../../modules/net-terms"

export const markInvoicesOverdueStepId = "mark-invoices-overdue"

/** Moves open and partially paid invoices past their due date to "overdue". */
export const markInvoicesOverdueStep = createStep(
  markInvoicesOverdueStepId,
  async (input: { as_of: Date }, { container }) => {
    const service = netTermsModule(container)
    const asOf = new Date(input.as_of)
    const candidates = await service.listInvoices(
      { status: ["open", "partially_paid"], due_date: { $lt: asOf } },
      { select: ["id", "status", "due_date", "total", "paid_amount", "number", "business_unit_id"], take: null }
    )
    const due = becameOverdue(candidates.map((i) => ({ ...i, total: Number(i.total), paid_amount: Number(i.paid_amount) })), asOf)
    if (due.length) await service.updateInvoices(due.map((i) => ({ id: i.id, status: "overdue" as const })))
    return new StepResponse(
      due.map((i) => ({ id: i.id, number: i.number, business_unit_id: i.business_unit_id })),
      due.map((i) => ({ id: i.id, status: i.status }))
    )
  },
  async (before, { container }) => {
    if (before?.length) await netTermsModule(container).updateInvoices(before)
  }
)
