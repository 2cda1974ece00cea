import { MedusaResponse } from "@medusajs/framework/http"
import { editList } from "../../../../../utils/shopping-list-edit"
import { ShoppingListRequest } from "../../access"
import { shoppingListAnswer } from "../../present"
import { ListItemBodyType } from "../../validators"

/** Add a variant (a variant already on the list gets the quantity added). */
export async function POST(req: ShoppingListRequest<ListItemBodyType>, res: MedusaResponse) {
  await editList(req, req.shoppingList.id, { type: "add", items: [req.validatedBody] })
  res.json(await shoppingListAnswer(req, req.shoppingList.id, true))
}
