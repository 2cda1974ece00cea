import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RoleAssignment } from "../../../lib/business/access"
import { businessModule } from "../../../modules/business"

export const validateRolesStepId = "validate-business-roles"

export const validateRolesStep = createStep(validateRolesStepId, async (roles: RoleAssignment[], { container }) => {
  await businessModule(container).assertKnownRoles(roles)
  return new StepResponse(true)
})
