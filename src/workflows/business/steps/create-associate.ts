import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RoleAssignment, rolesJson } from "../../../lib/business/access"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export type CreateAssociateInput = {
  business_unit_id: string
  customer_id: string
  email: string
  roles: RoleAssignment[]
}

export const createAssociateStepId = "create-business-associate"

export const createAssociateStep = createStep(
  createAssociateStepId,
  async (input: CreateAssociateInput, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const associate = await service.createBusinessAssociates({ ...input, roles: rolesJson(input.roles) })
    return new StepResponse(associate, associate.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.deleteBusinessAssociates(id)
  }
)
