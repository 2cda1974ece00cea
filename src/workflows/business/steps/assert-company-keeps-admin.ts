import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { leavesCompanyWithoutAdmin, RoleAssignment, rolesOf } from "../../../lib/business/access"
import { ADMIN_ROLE } from "../../../lib/business/permissions"
import { businessModule } from "../../../modules/business"

export const assertCompanyKeepsAdminStepId = "assert-company-keeps-admin"

/**
 * Refuses removing an associate, or replacing their roles (`roles` given), when they are the
 * last admin of their company's top unit. Runs under the company lock, so two admins cannot
 * remove each other at the same moment.
 */
export const assertCompanyKeepsAdminStep = createStep(
  assertCompanyKeepsAdminStepId,
  async (
    input: { associate_id: string; business_unit_id: string; company_id: string; roles?: RoleAssignment[] },
    { container }
  ) => {
    const keepsAdmin = input.roles?.some((r) => r.role === ADMIN_ROLE)
    if (input.business_unit_id !== input.company_id || keepsAdmin) {
      return new StepResponse(true)
    }
    const associates = await businessModule(container).listBusinessAssociates({ business_unit_id: input.company_id }, { take: null })
    const admins = associates
      .filter((a) => rolesOf(a.roles).some((r) => r.role === ADMIN_ROLE))
      .map((a) => ({ associate_id: a.id }))
    const isAdmin = admins.some((a) => a.associate_id === input.associate_id)
    if (isAdmin && leavesCompanyWithoutAdmin(admins, input.associate_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This associate is the company's last admin: make another associate admin first"
      )
    }
    return new StepResponse(true)
  }
)
