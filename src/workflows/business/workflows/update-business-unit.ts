import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateBusinessUnitStep, UpdateBusinessUnitInput } from "../steps/update-business-unit"

export const BUSINESS_UNIT_UPDATED = "business_unit.updated"

export const updateBusinessUnitWorkflow = createWorkflow("update-business-unit", (input: UpdateBusinessUnitInput) => {
  const unit = updateBusinessUnitStep(input)
  emitEventStep({
    eventName: BUSINESS_UNIT_UPDATED,
    data: transform({ unit }, ({ unit }) => ({ id: unit.id, status: unit.status })),
  })
  return new WorkflowResponse(unit)
})
