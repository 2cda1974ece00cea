import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addToCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planBulkAddStep, PlanBulkAddInput } from "../steps/plan-bulk-add"

/**
 * Many lines into a cart in one request (quick order, CSV/XLSX import, reorder): every row
 * checked and reported, then the valid ones added in ONE run of Medusa's add-to-cart workflow,
 * whose hooks apply the business-cart policy to them like to any other line (channel, quantity
 * rules, pending approval) and which prices the cart once. Bulk adds to one cart run one at a
 * time (a lock of their own, beside add-to-cart's cart lock), so each plans with the lines the
 * one before it added.
 */
export const bulkAddToCartWorkflow = createWorkflow("bulk-add-to-cart", (input: PlanBulkAddInput) => {
  const lockKey = transform({ input }, ({ input }) => `bulk-add:${input.cart_id}`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120 })
  const plan = planBulkAddStep(input)
  when("bulk-add-has-items", { plan }, ({ plan }) => plan.items.length > 0).then(() => {
    const items = transform({ plan }, ({ plan }) => plan.items)
    addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})
