import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { voidInvoicesStep } from "../steps/void-invoices"

export const voidInvoiceWorkflow = createWorkflow("void-invoice", (input: { invoice_id: string; reason: string }) => {
  const key = transform({ input }, ({ input }) => `net-terms-invoice:${input.invoice_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 60 })
  const voided = voidInvoicesStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(voided)
})
