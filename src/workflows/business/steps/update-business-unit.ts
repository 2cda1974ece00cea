import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"
import { CreateBusinessUnitInput } from "./create-business-unit"

export type UpdateBusinessUnitInput = { id: string } & Partial<Omit<CreateBusinessUnitInput, "parent_id" | "company_id">>

export const updateBusinessUnitStepId = "update-business-unit"

export const updateBusinessUnitStep = createStep(
  updateBusinessUnitStepId,
  async (input: UpdateBusinessUnitInput, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const before = await service.retrieveBusinessUnit(input.id)
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, (before as any)[key]]))
    const unit = await service.updateBusinessUnits(input)
    return new StepResponse(unit, previous as UpdateBusinessUnitInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.updateBusinessUnits(previous)
  }
)
