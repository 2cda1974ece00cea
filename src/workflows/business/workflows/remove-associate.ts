import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, linkCustomersToCustomerGroupStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { assertCompanyKeepsAdminStep } from "../steps/assert-company-keeps-admin"
import { findAssociateCompanyStep } from "../steps/find-associate-company"
import { pricingGroupToLeaveStep } from "../steps/pricing-group-to-leave"
import { removeAssociateStep } from "../steps/remove-associate"
import { companyMembersLockKey } from "./update-associate-roles"

export const ASSOCIATE_REMOVED = "associate.removed"

export const removeAssociateWorkflow = createWorkflow(
  "remove-business-associate",
  (input: { associate_id: string }) => {
    const found = findAssociateCompanyStep(input)
    const lockKey = transform({ found }, ({ found }) => companyMembersLockKey(found.company_id))
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    assertCompanyKeepsAdminStep(found)
    const groupToLeave = pricingGroupToLeaveStep(found)
    removeAssociateStep(input.associate_id)
    when("leave-pricing-group", { groupToLeave }, ({ groupToLeave }) => !!groupToLeave).then(() => {
      linkCustomersToCustomerGroupStep(
        transform({ found, groupToLeave }, ({ found, groupToLeave }) => ({ id: groupToLeave!, remove: [found.customer_id] }))
      )
    })
    releaseLockStep({ key: lockKey })
    emitEventStep({
      eventName: ASSOCIATE_REMOVED,
      data: transform({ found }, ({ found }) => ({ id: found.associate_id, business_unit_id: found.business_unit_id })),
    })
    return new WorkflowResponse(found)
  }
)
