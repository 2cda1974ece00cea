import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RoleAssignment, rolesJson } from "../../../lib/business/access"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export type CreateInviteInput = {
  business_unit_id: string
  email: string
  roles: RoleAssignment[]
  token_hash: string
  expires_at: Date
  invited_by?: string | null
}

/** Always a pending invite: only its acceptance (`acceptInviteWorkflow`) makes an associate. */
export const createInviteStepId = "create-business-invite"

export const createInviteStep = createStep(
  createInviteStepId,
  async (input: CreateInviteInput, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const invite = await service.createBusinessInvites({ ...input, roles: rolesJson(input.roles) })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.deleteBusinessInvites(id)
  }
)
