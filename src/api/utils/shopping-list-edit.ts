import { MedusaStoreRequest } from "@medusajs/framework/http"
import { editShoppingListWorkflow, EditShoppingListInput } from "../../workflows/shopping-list/workflows/edit-shopping-list"

/** A change to a list (business list or wish list) through the one edit workflow, checked against the key's channels. */
export async function editList(req: MedusaStoreRequest<any>, listId: string, edit: EditShoppingListInput["edit"]) {
  await editShoppingListWorkflow(req.scope).run({ input: { list_id: listId, edit, sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [] } })
}
