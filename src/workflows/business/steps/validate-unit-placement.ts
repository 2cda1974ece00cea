import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canNestBelow, MAX_DEPTH } from "../../../lib/business/access"
import { businessModule } from "../../../modules/business"

export const validateUnitPlacementStepId = "validate-business-unit-placement"

/** A company has no parent; a division sits below an existing unit, at most MAX_DEPTH levels deep. */
export const validateUnitPlacementStep = createStep(
  validateUnitPlacementStepId,
  async ({ parent_id }: { parent_id?: string | null }, { container }) => {
    if (!parent_id) {
      return new StepResponse({ company_id: null as string | null })
    }
    const service = businessModule(container)
    const parent = await service.retrieveBusinessUnitOrFail(parent_id)
    const companyId = parent.company_id ?? parent.id
    const tree = await service.listCompanyTrees([companyId])
    if (!canNestBelow(parent_id, new Map(tree.map((u) => [u.id, u])))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Business units nest at most ${MAX_DEPTH} levels deep; "${parent.name}" is already at level ${MAX_DEPTH}`
      )
    }
    return new StepResponse({ company_id: companyId as string | null })
  }
)
