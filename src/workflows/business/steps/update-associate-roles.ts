import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RoleAssignment, rolesJson, rolesOf } from "../../../lib/business/access"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export const updateAssociateRolesStepId = "update-business-associate-roles"

export const updateAssociateRolesStep = createStep(
  updateAssociateRolesStepId,
  async (input: { id: string; roles: RoleAssignment[] }, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const before = await service.retrieveBusinessAssociate(input.id)
    const associate = await service.updateBusinessAssociates({ id: input.id, roles: rolesJson(input.roles) })
    return new StepResponse(associate, { id: input.id, roles: rolesOf(before.roles) })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.updateBusinessAssociates({ id: previous.id, roles: rolesJson(previous.roles) })
  }
)
