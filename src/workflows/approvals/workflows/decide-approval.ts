import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ApprovalDecisionInput, recordApprovalDecisionStep } from "../steps/record-approval-decision"

/** One decision at a time per flow: two approvers of a tier at once cannot both move it on. */
export const decideApprovalWorkflow = createWorkflow("decide-approval", (input: ApprovalDecisionInput) => {
  const key = transform({ input }, ({ input }) => `approval-flow:${input.flow_id}`)
  acquireLockStep({ key, timeout: 5, ttl: 30 })
  const result = recordApprovalDecisionStep(input)
  releaseLockStep({ key })
  emitEventStep({
    eventName: transform({ result }, ({ result }) =>
      result.flow.status === "pending" ? (result.tier_passed ? "approval.tier_passed" : "approval.decision_recorded") : `approval.${result.flow.status}`
    ),
    data: transform({ result }, ({ result }) => ({ id: result.flow.id })),
  })
  return new WorkflowResponse(result.flow)
})
