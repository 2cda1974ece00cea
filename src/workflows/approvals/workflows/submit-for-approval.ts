import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { openApprovalFlowStep } from "../steps/open-approval-flow"
import { prepareCartApprovalStep } from "../steps/prepare-cart-approval"

export const APPROVAL_REQUESTED = "approval.requested"

export const submitForApprovalWorkflow = createWorkflow("submit-cart-for-approval", (input: { cart_id: string; customer_id: string }) => {
  const key = transform({ input }, ({ input }) => `approval-cart:${input.cart_id}`)
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const subject = prepareCartApprovalStep(input)
  const flow = openApprovalFlowStep(subject)
  releaseLockStep({ key })
  emitEventStep({ eventName: APPROVAL_REQUESTED, data: transform({ flow }, ({ flow }) => ({ id: flow.id })) })
  return new WorkflowResponse(flow)
})
