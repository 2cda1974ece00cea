import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUILT_IN_ROLES, Permission } from "../../../lib/business/permissions"
import { businessModule } from "../../../modules/business"

export type SaveBusinessRoleInput = {
  id?: string
  handle?: string
  name?: string
  description?: string | null
  permissions?: Permission[]
}

export const saveBusinessRoleStepId = "save-business-role"

/** Creates (no id) or updates a merchant role; built-in handles and taken handles are refused. */
export const saveBusinessRoleStep = createStep(
  saveBusinessRoleStepId,
  async (input: SaveBusinessRoleInput, { container }) => {
    const service = businessModule(container)
    // Only the fields given: an update with just a name keeps the role's permissions (an
    // explicit undefined would be written as null, which the column refuses).
    const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
    if (input.id) {
      const before = await service.retrieveBusinessRole(input.id)
      const role = await service.updateBusinessRoles(data as any)
      return new StepResponse(role, { restore: before as any, created: null as string | null })
    }
    if (input.handle && BUILT_IN_ROLES[input.handle]) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${input.handle}" is a built-in role: choose another handle`)
    }
    if ((await service.listBusinessRoles({ handle: input.handle })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A role with the handle "${input.handle}" already exists`)
    }
    const role = await service.createBusinessRoles(data as any)
    return new StepResponse(role, { restore: null, created: role.id as string | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = businessModule(container)
    if (undo.created) await service.deleteBusinessRoles(undo.created)
    if (undo.restore) {
      const { id, name, description, permissions } = undo.restore
      await service.updateBusinessRoles({ id, name, description, permissions })
    }
  }
)
