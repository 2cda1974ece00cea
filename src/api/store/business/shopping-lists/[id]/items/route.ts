import { MedusaResponse } from "@medusajs/framework/http"
import { editList } from "../../../../../utils/shopping-list-edit"
import { OwnedRecordRequest } from "../../../../../utils/owned-record-guard"
import { shoppingListAnswer } from "../../present"
import { ListItemBodyType } from "../../validators"

/** Add a variant (a variant already on the list gets the quantity added). */
export async function POST(req: OwnedRecordRequest<ListItemBodyType>, res: MedusaResponse) {
  await editList(req, req.owned.id, { type: "add", items: [req.validatedBody] })
  res.json(await shoppingListAnswer(req, req.owned.id, true))
}
