import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ListEdit } from "../../../lib/shopping-lists/edits"
import { shoppingListModule } from "../../../modules/shopping-list"

type ItemBefore = { id: string; variant_id: string; quantity: number; note: string | null; position: number; product_title: string; variant_title: string | null; sku: string | null }

/**
 * One change to a list's items. Compensation puts the items back as they were: the changed
 * ones get their values again, removed ones come back, added ones go.
 */
export const editShoppingListStep = createStep(
  "edit-shopping-list",
  async (input: { list_id: string; edit: ListEdit }, { container }) => {
    const service = shoppingListModule(container)
    const before = (await service.listShoppingListItems({ shopping_list_id: input.list_id }, { take: null })) as ItemBefore[]
    await service.editShoppingList(input.list_id, input.edit)
    return new StepResponse(undefined, { list_id: input.list_id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = shoppingListModule(container)
    const now = await service.listShoppingListItems({ shopping_list_id: undo.list_id }, { take: null })
    const kept = new Set(undo.before.map((i) => i.id))
    const added = now.filter((i) => !kept.has(i.id)).map((i) => i.id)
    if (added.length) await service.softDeleteShoppingListItems(added)
    const present = new Set(now.map((i) => i.id))
    const removed = undo.before.filter((i) => !present.has(i.id)).map((i) => i.id)
    if (removed.length) await service.restoreShoppingListItems(removed)
    if (undo.before.length) await service.updateShoppingListItems(undo.before.map(({ id, quantity, note, position }) => ({ id, quantity, note, position })))
  }
)
