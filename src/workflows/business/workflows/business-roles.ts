import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteBusinessRoleStep } from "../steps/delete-business-role"
import { saveBusinessRoleStep, SaveBusinessRoleInput } from "../steps/save-business-role"

export const saveBusinessRoleWorkflow = createWorkflow("save-business-role", (input: SaveBusinessRoleInput) => {
  return new WorkflowResponse(saveBusinessRoleStep(input))
})

export const deleteBusinessRoleWorkflow = createWorkflow("delete-business-role", (input: { id: string }) => {
  return new WorkflowResponse(deleteBusinessRoleStep(input.id))
})
