import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteQuantityRuleStep } from "../steps/delete-quantity-rule"
import { upsertQuantityRuleStep, UpsertQuantityRuleInput } from "../steps/upsert-quantity-rule"

export const upsertQuantityRuleWorkflow = createWorkflow("upsert-variant-quantity-rule", (input: UpsertQuantityRuleInput) => {
  return new WorkflowResponse(upsertQuantityRuleStep(input))
})

export const deleteQuantityRuleWorkflow = createWorkflow("delete-variant-quantity-rule", (input: { id: string }) => {
  return new WorkflowResponse(deleteQuantityRuleStep(input.id))
})
