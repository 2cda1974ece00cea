import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { RoleAssignment } from "../../../lib/business/access"
import { assertCompanyKeepsAdminStep } from "../steps/assert-company-keeps-admin"
import { findAssociateCompanyStep } from "../steps/find-associate-company"
import { updateAssociateRolesStep } from "../steps/update-associate-roles"
import { validateRolesStep } from "../steps/validate-roles"

export const ASSOCIATE_UPDATED = "associate.updated"

export const companyMembersLockKey = (companyId: string) => `business-company-members:${companyId}`

export const updateAssociateRolesWorkflow = createWorkflow(
  "update-business-associate-roles",
  (input: { associate_id: string; roles: RoleAssignment[] }) => {
    validateRolesStep(input.roles)
    const found = findAssociateCompanyStep(input)
    const lockKey = transform({ found }, ({ found }) => companyMembersLockKey(found.company_id))
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    assertCompanyKeepsAdminStep(transform({ found, input }, ({ found, input }) => ({ ...found, roles: input.roles })))
    const associate = updateAssociateRolesStep({ id: input.associate_id, roles: input.roles })
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: ASSOCIATE_UPDATED, data: { id: input.associate_id } })
    return new WorkflowResponse(associate)
  }
)
