import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ListEdit } from "../../../lib/shopping-lists/edits"
import { editShoppingListStep } from "../steps/edit-shopping-list"
import { snapshotListItemsStep, WantedListItem } from "../steps/snapshot-list-items"

/** A change to a list; an "add" names the variants, which must be sold through `sales_channel_ids`. */
export type EditShoppingListInput = {
  list_id: string
  edit: Exclude<ListEdit, { type: "add" }> | { type: "add"; items: WantedListItem[] }
  sales_channel_ids: string[]
}

/**
 * Changes to one list run one at a time (two colleagues adding the same item, a double submit),
 * so each is decided on the items the one before left.
 */
export const editShoppingListWorkflow = createWorkflow("edit-shopping-list", (input: EditShoppingListInput) => {
  const lockKey = transform({ input }, ({ input }) => `shopping-list:${input.list_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const adding = transform({ input }, ({ input }) => (input.edit.type === "add" ? input.edit.items : []))
  const snapshot = when("shopping-list-edit-adds", { input }, ({ input }) => input.edit.type === "add").then(() =>
    snapshotListItemsStep({ items: adding, sales_channel_ids: input.sales_channel_ids, unsold: "refuse" })
  )
  const edit = transform({ input, snapshot }, ({ input, snapshot }): ListEdit => (input.edit.type === "add" ? { type: "add", items: snapshot!.items } : input.edit))
  editShoppingListStep({ list_id: input.list_id, edit })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(input.list_id)
})
