import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export const removeAssociateStepId = "remove-business-associate"

/** Soft-deletes, so orders placed by the associate keep pointing at a record. */
export const removeAssociateStep = createStep(
  removeAssociateStepId,
  async (id: string, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.softDeleteBusinessAssociates(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.restoreBusinessAssociates(id)
  }
)
