import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export type CreateBusinessUnitInput = {
  name: string
  parent_id?: string | null
  company_id?: string | null
  status?: "active" | "inactive"
  email?: string | null
  phone?: string | null
  tax_id?: string | null
  currency_code?: string | null
  metadata?: Record<string, unknown> | null
}

export const createBusinessUnitStepId = "create-business-unit"

export const createBusinessUnitStep = createStep(
  createBusinessUnitStepId,
  async (input: CreateBusinessUnitInput, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const unit = await service.createBusinessUnits(input)
    return new StepResponse(unit, unit.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.deleteBusinessUnits(id)
  }
)
