import { MedusaResponse } from "@medusajs/framework/http"
import { editList } from "../../../../../../utils/shopping-list-edit"
import { ShoppingListRequest } from "../../../access"
import { shoppingListAnswer } from "../../../present"
import { StoreUpdateListItemType } from "../../../validators"

/** Change an item's quantity or note. */
export async function POST(req: ShoppingListRequest<StoreUpdateListItemType>, res: MedusaResponse) {
  await editList(req, req.shoppingList.id, { type: "update_item", item_id: req.params.item_id, ...req.validatedBody })
  res.json(await shoppingListAnswer(req, req.shoppingList.id, true))
}

export async function DELETE(req: ShoppingListRequest, res: MedusaResponse) {
  await editList(req, req.shoppingList.id, { type: "remove_items", item_ids: [req.params.item_id] })
  res.json(await shoppingListAnswer(req, req.shoppingList.id, true))
}
