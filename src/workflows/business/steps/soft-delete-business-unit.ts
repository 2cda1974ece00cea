import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessService } from "../utils/lookups"

export const softDeleteBusinessUnitStepId = "soft-delete-business-unit"

export const softDeleteBusinessUnitStep = createStep(
  softDeleteBusinessUnitStepId,
  async (id: string, { container }) => {
    await businessService(container).softDeleteBusinessUnits(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await businessService(container).restoreBusinessUnits(id)
  }
)
