import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { softDeleteBusinessUnitStep } from "../steps/soft-delete-business-unit"
import { validateUnitRemovableStep } from "../steps/validate-unit-removable"

export const BUSINESS_UNIT_DELETED = "business_unit.deleted"

export const deleteBusinessUnitWorkflow = createWorkflow("delete-business-unit", (input: { id: string }) => {
  validateUnitRemovableStep(input.id)
  softDeleteBusinessUnitStep(input.id)
  emitEventStep({ eventName: BUSINESS_UNIT_DELETED, data: { id: input.id } })
  return new WorkflowResponse({ id: input.id })
})
