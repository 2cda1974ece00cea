import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RoleAssignment } from "../../../lib/business/access"
import { assertKnownRoles } from "../utils/lookups"

export const validateRolesStepId = "validate-business-roles"

export const validateRolesStep = createStep(validateRolesStepId, async (roles: RoleAssignment[], { container }) => {
  await assertKnownRoles(container, roles)
  return new StepResponse(true)
})
