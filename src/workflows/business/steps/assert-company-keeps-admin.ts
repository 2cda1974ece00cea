import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CompanyKeeper, keeperLostByChange, RoleAssignment, rolesOf } from "../../../lib/business/access"
import { roleCatalog } from "../../../lib/business/permissions"
import { businessModule } from "../../../modules/business"

export const assertCompanyKeepsAdminStepId = "assert-company-keeps-admin"

const REFUSALS: Record<CompanyKeeper, string> = {
  admin: "This associate is the company's last admin: make another associate admin first",
  "associates.manage":
    "This associate is the last one allowed to manage the company's associates (associates.manage): give that right to another associate of the company first",
}

/**
 * Refuses removing an associate, or replacing their roles (`roles` given), when they are the
 * last admin of their company's top unit, or the last one there holding `associates.manage`
 * (`keeperLostByChange`). Applies to merchants and associates alike. Runs under the company
 * lock, so two admins cannot remove each other at the same moment.
 */
export const assertCompanyKeepsAdminStep = createStep(
  assertCompanyKeepsAdminStepId,
  async (
    input: { associate_id: string; business_unit_id: string; company_id: string; roles?: RoleAssignment[] },
    { container }
  ) => {
    if (input.business_unit_id !== input.company_id) {
      return new StepResponse(true)
    }
    const service = businessModule(container)
    const [associates, merchantRoles] = await Promise.all([
      service.listBusinessAssociates({ business_unit_id: input.company_id }, { select: ["id", "roles"], take: null }),
      service.listBusinessRoles({}, { select: ["handle", "permissions"], take: null }),
    ])
    const lost = keeperLostByChange(
      associates.map((a) => ({ associate_id: a.id, roles: rolesOf(a.roles) })),
      { associate_id: input.associate_id, roles: input.roles },
      roleCatalog(merchantRoles as { handle: string; permissions: unknown }[])
    )
    if (lost) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, REFUSALS[lost])
    }
    return new StepResponse(true)
  }
)
