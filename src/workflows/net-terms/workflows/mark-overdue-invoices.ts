import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { markInvoicesOverdueStep } from "../steps/mark-invoices-overdue"

export const INVOICE_OVERDUE_EVENT = "invoice.overdue"

/** The daily overdue run (src/jobs/mark-overdue-invoices.ts): one `invoice.overdue` event per invoice. */
export const markOverdueInvoicesWorkflow = createWorkflow("mark-overdue-invoices", (input: { as_of: Date }) => {
  const overdue = markInvoicesOverdueStep(input)
  const events = transform({ overdue }, ({ overdue }) => overdue.map((i) => ({ id: i.id, number: i.number, business_unit_id: i.business_unit_id })))
  emitEventStep({ eventName: INVOICE_OVERDUE_EVENT, data: events })
  return new WorkflowResponse(overdue)
})
