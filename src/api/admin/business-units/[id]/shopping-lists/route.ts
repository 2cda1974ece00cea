import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminShoppingListsResponse } from "../../../../../lib/shopping-lists/contract"
import { businessModule } from "../../../../../modules/business"
import { listView, loadLists } from "../../../../utils/shopping-list-view"

/** The unit's shopping lists with their items, read-only for the merchant (no prices: the merchant is not the buyer). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const lists = await loadLists(req.scope, { business_unit_id: unit.id }, true)
  const viewer = { sales_channel_ids: null, customer_id: null }
  const body: AdminShoppingListsResponse = { shopping_lists: await Promise.all(lists.map((list) => listView(req.scope, list, viewer, false))) }
  res.json(body)
}
