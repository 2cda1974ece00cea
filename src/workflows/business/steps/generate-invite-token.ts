import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newInviteToken } from "../../../lib/business/invite-token"

export const generateInviteTokenStepId = "generate-business-invite-token"

export const generateInviteTokenStep = createStep(generateInviteTokenStepId, async (_: void) => {
  return new StepResponse(newInviteToken())
})
