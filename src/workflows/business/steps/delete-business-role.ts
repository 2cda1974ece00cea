import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rolesOf } from "../../../lib/business/access"
import { businessModule } from "../../../modules/business"

export const deleteBusinessRoleStepId = "delete-business-role"

/** A role still held by an associate stays: removing it would silently strip their rights. */
export const deleteBusinessRoleStep = createStep(
  deleteBusinessRoleStepId,
  async (id: string, { container }) => {
    const service = businessModule(container)
    const role = await service.retrieveBusinessRole(id)
    const associates = await service.listBusinessAssociates({}, { select: ["id", "roles"], take: null })
    const holders = associates.filter((a) => rolesOf(a.roles).some((r) => r.role === role.handle))
    if (holders.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The role "${role.handle}" is held by ${holders.length} associate(s): change their roles first`
      )
    }
    await service.softDeleteBusinessRoles(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await businessModule(container).restoreBusinessRoles(id)
  }
)
