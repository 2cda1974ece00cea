import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { businessModule } from "../../../modules/business"

export const validateUnitRemovableStepId = "validate-business-unit-removable"

/** A unit goes only once it has no divisions and no associates; deactivating is the usual way out. */
export const validateUnitRemovableStep = createStep(validateUnitRemovableStepId, async (id: string, { container }) => {
  const service = businessModule(container)
  await service.retrieveBusinessUnitOrFail(id)
  const [divisions, associates] = await Promise.all([
    service.listBusinessUnits({ parent_id: id }, { take: 1 }),
    service.listBusinessAssociates({ business_unit_id: id }, { take: 1 }),
  ])
  if (divisions.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This business unit has divisions: delete or move them first, or deactivate the unit")
  }
  if (associates.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This business unit has associates: remove them first, or deactivate the unit")
  }
  return new StepResponse(true)
})
