import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { RoleAssignment } from "../../../lib/business/access"
import { createAssociateStep } from "../steps/create-associate"
import { validateNewAssociateStep } from "../steps/validate-new-associate"

export const ASSOCIATE_ADDED = "associate.added"

export type AddAssociateInput = { business_unit_id: string; customer_id: string; roles: RoleAssignment[] }

/** Makes a customer an associate of a unit and puts them in the unit's pricing group. */
export const addAssociateWorkflow = createWorkflow("add-business-associate", (input: AddAssociateInput) => {
  const checked = validateNewAssociateStep(input)
  const associate = createAssociateStep(
    transform({ input, checked }, ({ input, checked }) => ({ ...input, email: checked.email }))
  )
  when("join-pricing-group", { checked }, ({ checked }) => !!checked.join_group_id).then(() => {
    linkCustomersToCustomerGroupStep(
      transform({ input, checked }, ({ input, checked }) => ({ id: checked.join_group_id!, add: [input.customer_id] }))
    )
  })
  emitEventStep({
    eventName: ASSOCIATE_ADDED,
    data: transform({ associate }, ({ associate }) => ({ id: associate.id, business_unit_id: input.business_unit_id })),
  })
  return new WorkflowResponse(associate)
})
