import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { bulkAddToCartWorkflow } from "../../bulk-order/workflows/bulk-add-to-cart"
import { removeMovedItemsStep } from "../steps/remove-moved-items"

export type MoveListToCartInput = { list_id: string; cart_id: string; items: { id: string; variant_id: string; quantity: number }[] }

/**
 * The wish list's "move to cart": the items through the bulk path (every row checked by the
 * cart's policy and reported), then the ones the cart took leave the list.
 */
export const moveListToCartWorkflow = createWorkflow("move-list-to-cart", (input: MoveListToCartInput) => {
  const lockKey = transform({ input }, ({ input }) => `shopping-list:${input.list_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
  const bulkInput = transform({ input }, ({ input }) => ({
    cart_id: input.cart_id,
    lines: input.items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity })),
    mode: "valid_only" as const,
  }))
  const plan = bulkAddToCartWorkflow.runAsStep({ input: bulkInput })
  removeMovedItemsStep(transform({ input, plan }, ({ input, plan }) => ({ items: input.items, rows: plan.rows })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})
