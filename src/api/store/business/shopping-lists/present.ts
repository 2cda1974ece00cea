import { MedusaStoreRequest } from "@medusajs/framework/http"
import { ShoppingListResponse } from "../../../../lib/shopping-lists/contract"
import { loggedInCustomerId } from "../../../utils/business-context"
import { parseQuery } from "../../../utils/parse-query"
import { ListViewer, listView, loadLists } from "../../../utils/shopping-list-view"
import { ListReadQuery } from "./validators"

/** Who looks at a list through this request: the key's channels, the customer, `?region_id` for prices. */
export function viewerOf(req: MedusaStoreRequest<any>): ListViewer {
  const { region_id } = parseQuery(ListReadQuery, req.query)
  return { sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [], customer_id: loggedInCustomerId(req), region_id }
}

/** Every answer about one business list: the list as the caller sees it now. */
export async function shoppingListAnswer(req: MedusaStoreRequest<any>, listId: string, mayManage: boolean): Promise<ShoppingListResponse> {
  const [list] = await loadLists(req.scope, { id: listId }, true)
  return { shopping_list: await listView(req.scope, list, viewerOf(req), mayManage) }
}
