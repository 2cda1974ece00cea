import { MedusaResponse } from "@medusajs/framework/http"
import { editList } from "../../../../../utils/shopping-list-edit"
import { OwnedRecordRequest } from "../../../../../utils/owned-record-guard"
import { shoppingListAnswer } from "../../present"
import { StoreListPositionsType } from "../../validators"

/** Put the items in a new order: every item of the list, each once. */
export async function POST(req: OwnedRecordRequest<StoreListPositionsType>, res: MedusaResponse) {
  await editList(req, req.owned.id, { type: "order", item_ids: req.validatedBody.item_ids })
  res.json(await shoppingListAnswer(req, req.owned.id, true))
}
