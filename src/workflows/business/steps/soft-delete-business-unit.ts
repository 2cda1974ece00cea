import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessModule } from "../../../modules/business"

export const softDeleteBusinessUnitStepId = "soft-delete-business-unit"

export const softDeleteBusinessUnitStep = createStep(
  softDeleteBusinessUnitStepId,
  async (id: string, { container }) => {
    await businessModule(container).softDeleteBusinessUnits(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await businessModule(container).restoreBusinessUnits(id)
  }
)
