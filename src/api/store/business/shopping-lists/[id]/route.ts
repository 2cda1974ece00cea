import { MedusaResponse } from "@medusajs/framework/http"
import { shoppingListModule } from "../../../../../modules/shopping-list"
import { ShoppingListRequest } from "../access"
import { shoppingListAnswer } from "../present"
import { StoreUpdateShoppingListType } from "../validators"

/** One list with its items, priced for the caller with `?region_id` (shopping_lists.view). */
export async function GET(req: ShoppingListRequest, res: MedusaResponse) {
  res.json(await shoppingListAnswer(req, req.shoppingList.id, req.shoppingList.may_manage))
}

/** Rename or describe the list (its owner with manage_own, a colleague with manage_others). */
export async function POST(req: ShoppingListRequest<StoreUpdateShoppingListType>, res: MedusaResponse) {
  const { name, description } = req.validatedBody
  await shoppingListModule(req.scope).updateShoppingLists({ id: req.shoppingList.id, ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) })
  res.json(await shoppingListAnswer(req, req.shoppingList.id, true))
}

export async function DELETE(req: ShoppingListRequest, res: MedusaResponse) {
  await shoppingListModule(req.scope).softDeleteShoppingLists([req.shoppingList.id])
  res.json({ id: req.shoppingList.id, object: "shopping_list", deleted: true })
}
