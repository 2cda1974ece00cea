import { MedusaResponse } from "@medusajs/framework/http"
import { editList } from "../../../../../../utils/shopping-list-edit"
import { OwnedRecordRequest } from "../../../../../../utils/owned-record-guard"
import { shoppingListAnswer } from "../../../present"
import { StoreUpdateListItemType } from "../../../validators"

/** Change an item's quantity or note. */
export async function POST(req: OwnedRecordRequest<StoreUpdateListItemType>, res: MedusaResponse) {
  await editList(req, req.owned.id, { type: "update_item", item_id: req.params.item_id, ...req.validatedBody })
  res.json(await shoppingListAnswer(req, req.owned.id, true))
}

export async function DELETE(req: OwnedRecordRequest, res: MedusaResponse) {
  await editList(req, req.owned.id, { type: "remove_items", item_ids: [req.params.item_id] })
  res.json(await shoppingListAnswer(req, req.owned.id, true))
}
