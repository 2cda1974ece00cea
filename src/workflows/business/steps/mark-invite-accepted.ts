import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export const markInviteAcceptedStepId = "mark-business-invite-accepted"

export const markInviteAcceptedStep = createStep(
  markInviteAcceptedStepId,
  async (id: string, { container }) => {
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    const invite = await service.updateBusinessInvites({ id, status: "accepted", accepted_at: new Date() })
    return new StepResponse(invite, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BusinessModuleService = container.resolve(BUSINESS_MODULE)
    await service.updateBusinessInvites({ id, status: "pending", accepted_at: null })
  }
)
