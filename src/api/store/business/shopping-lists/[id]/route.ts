import { MedusaResponse } from "@medusajs/framework/http"
import { shoppingListModule } from "../../../../../modules/shopping-list"
import { OwnedRecordRequest } from "../../../../utils/owned-record-guard"
import { shoppingListAnswer } from "../present"
import { StoreUpdateShoppingListType } from "../validators"

/** One list with its items, priced for the caller with `?region_id` (shopping_lists.view). */
export async function GET(req: OwnedRecordRequest, res: MedusaResponse) {
  res.json(await shoppingListAnswer(req, req.owned.id, req.owned.may_manage))
}

/** Rename or describe the list (its owner with manage_own, a colleague with manage_others). */
export async function POST(req: OwnedRecordRequest<StoreUpdateShoppingListType>, res: MedusaResponse) {
  const { name, description } = req.validatedBody
  await shoppingListModule(req.scope).updateShoppingLists({ id: req.owned.id, ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) })
  res.json(await shoppingListAnswer(req, req.owned.id, true))
}

export async function DELETE(req: OwnedRecordRequest, res: MedusaResponse) {
  await shoppingListModule(req.scope).softDeleteShoppingLists([req.owned.id])
  res.json({ id: req.owned.id, object: "shopping_list", deleted: true })
}
