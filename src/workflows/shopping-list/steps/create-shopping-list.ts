import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ListItemInput } from "../../../lib/shopping-lists/edits"
import { shoppingListModule } from "../../../modules/shopping-list"
import { NewShoppingList } from "../../../modules/shopping-list/service"

export const createShoppingListStep = createStep(
  "create-shopping-list",
  async (input: { list: NewShoppingList; items: ListItemInput[] }, { container }) => {
    const list = await shoppingListModule(container).createListWithItems(input.list, input.items)
    return new StepResponse({ id: list.id as string }, list.id as string)
  },
  async (listId, { container }) => {
    if (listId) await shoppingListModule(container).softDeleteShoppingLists([listId])
  }
)
