import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { BUSINESS_MODULE } from "../../../modules/business"
import { planCustomerGroupChangeStep } from "../steps/plan-customer-group-change"

// The step is used twice in one workflow, so each use needs its own name; its void result is
// typed `never`, which hides the .config() every step result has at run time.
const renamed = (stepResult: unknown, name: string) => (stepResult as { config: (c: { name: string }) => unknown }).config({ name })

type Input = { business_unit_id: string; customer_group_id: string }

/** Points a unit at another customer group (its price lists follow) and moves its associates along. */
export const setUnitCustomerGroupWorkflow = createWorkflow("set-business-unit-customer-group", (input: Input) => {
  const plan = planCustomerGroupChangeStep(input)
  when("unit-had-a-group", { plan }, ({ plan }) => plan.changed && !!plan.previous_group_id).then(() => {
    dismissRemoteLinkStep(
      transform({ input, plan }, ({ input, plan }) => [
        { [BUSINESS_MODULE]: { business_unit_id: input.business_unit_id }, [Modules.CUSTOMER]: { customer_group_id: plan.previous_group_id! } },
      ])
    )
    renamed(
      linkCustomersToCustomerGroupStep(transform({ plan }, ({ plan }) => ({ id: plan.previous_group_id!, remove: plan.customer_ids }))),
      "leave-previous-customer-group"
    )
  })
  when("group-changes", { plan }, ({ plan }) => plan.changed).then(() => {
    createRemoteLinkStep(
      transform({ input }, ({ input }) => [
        { [BUSINESS_MODULE]: { business_unit_id: input.business_unit_id }, [Modules.CUSTOMER]: { customer_group_id: input.customer_group_id } },
      ])
    )
    renamed(
      linkCustomersToCustomerGroupStep(transform({ input, plan }, ({ input, plan }) => ({ id: input.customer_group_id, add: plan.customer_ids }))),
      "join-new-customer-group"
    )
  })
  return new WorkflowResponse(input)
})
