import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { editShoppingListStep } from "../steps/edit-shopping-list"
import { ensureWishListStep } from "../steps/ensure-wish-list"
import { snapshotListItemsStep, WantedListItem } from "../steps/snapshot-list-items"

export type SaveToWishListInput = { customer_id: string; items: WantedListItem[]; sales_channel_ids: string[] }

/** A consumer saves products (the heart): to their one wish list, made with the first. */
export const saveToWishListWorkflow = createWorkflow("save-to-wish-list", (input: SaveToWishListInput) => {
  const lockKey = transform({ input }, ({ input }) => `wish-list:${input.customer_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const snapshot = snapshotListItemsStep({ items: input.items, sales_channel_ids: input.sales_channel_ids, unsold: "refuse" })
  const list = ensureWishListStep({ customer_id: input.customer_id })
  // The list's own lock too: removals and quantity changes (editShoppingListWorkflow) take it.
  const listLockKey = transform({ list }, ({ list }) => `shopping-list:${list.id}`)
  acquireLockStep({ key: listLockKey, timeout: 10, ttl: 30 }).config({ name: "acquire-wish-list-items-lock" })
  const edit = transform({ list, snapshot }, ({ list, snapshot }) => ({ list_id: list.id, edit: { type: "add" as const, items: snapshot.items } }))
  editShoppingListStep(edit)
  releaseLockStep({ key: listLockKey }).config({ name: "release-wish-list-items-lock" })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(list)
})
