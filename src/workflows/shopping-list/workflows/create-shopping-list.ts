import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { NewShoppingList } from "../../../modules/shopping-list/service"
import { createShoppingListStep } from "../steps/create-shopping-list"
import { snapshotListItemsStep, SnapshotListItemsInput } from "../steps/snapshot-list-items"

export type CreateShoppingListInput = { list: NewShoppingList } & SnapshotListItemsInput

/**
 * A business unit's new list, empty or with items (typed in, from a cart, from a past order,
 * copied from a colleague's list). Only variants the storefront sells are saved; with
 * `unsold: "skip"` the others are left out and reported.
 */
export const createShoppingListWorkflow = createWorkflow("create-shopping-list", (input: CreateShoppingListInput) => {
  const snapshot = snapshotListItemsStep(input)
  const listInput = transform({ input, snapshot }, ({ input, snapshot }) => ({ list: input.list, items: snapshot.items }))
  const list = createShoppingListStep(listInput)
  return new WorkflowResponse(transform({ list, snapshot }, ({ list, snapshot }) => ({ id: list.id, skipped: snapshot.skipped })))
})
