import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"
import { TaxRecordUpdate, taxRecordUpdate } from "../../../lib/tax/profile"
import { CreateBusinessUnitInput } from "./create-business-unit"

export type UpdateBusinessUnitInput = { id: string } & Partial<Omit<CreateBusinessUnitInput, "parent_id" | "company_id">> & TaxRecordUpdate

export const updateBusinessUnitStepId = "update-business-unit"

export const updateBusinessUnitStep = createStep(
  updateBusinessUnitStepId,
  async (input: UpdateBusinessUnitInput, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const before = await service.retrieveBusinessUnit(input.id)
    // A new VAT id loses the merchant's verification of the old one, whoever edits it.
    const update = { ...(input.tax_id !== undefined ? taxRecordUpdate(before as any, { tax_id: input.tax_id }, new Date()) : {}), ...input }
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, (before as any)[key]]))
    const unit = await service.updateBusinessUnits(update)
    return new StepResponse(unit, previous as UpdateBusinessUnitInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.updateBusinessUnits(previous)
  }
)
