import { MedusaResponse } from "@medusajs/framework/http"
import { mayManageOwned } from "../../../../../../lib/business/owned-records"
import { SHOPPING_LIST_PERMISSIONS } from "../../../../../../lib/shopping-lists/access"
import { ShoppingListsResponse } from "../../../../../../lib/shopping-lists/contract"
import { BusinessRequest } from "../../../../../utils/business-context"
import { respondIdempotently } from "../../../../../utils/idempotency"
import { listSummary, loadLists } from "../../../../../utils/shopping-list-view"
import { shoppingListAnswer, viewerOf } from "../../../shopping-lists/present"
import { linesFromSource } from "../../../../../utils/line-sources"
import { StoreCreateShoppingListType } from "../../../shopping-lists/validators"
import { createShoppingListWorkflow } from "../../../../../../workflows/shopping-list/workflows/create-shopping-list"

/** The unit's shopping lists, newest change first (shopping_lists.view). */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const unitId = req.params.id
  const held = req.business.permissionsIn(unitId)
  const lists = await loadLists(req.scope, { business_unit_id: unitId }, false)
  const body: ShoppingListsResponse = {
    shopping_lists: lists.map((list) => listSummary(list, mayManageOwned(SHOPPING_LIST_PERMISSIONS, held, list.customer_id === req.business.customerId))),
  }
  res.json(body)
}

/** A new list of the caller's in the unit: empty, with items, or from a cart or a past order (shopping_lists.manage_own). Honours Idempotency-Key. */
export async function POST(req: BusinessRequest<StoreCreateShoppingListType>, res: MedusaResponse) {
  const body = req.validatedBody
  const viewer = viewerOf(req)
  // A double submit with one Idempotency-Key makes one list.
  await respondIdempotently(req, res, async () => {
    const { items, unsold } = await linesFromSource(req.scope, body)
    const { result } = await createShoppingListWorkflow(req.scope).run({
      input: {
        list: { name: body.name, description: body.description, customer_id: req.business.customerId, business_unit_id: req.params.id },
        items,
        sales_channel_ids: viewer.sales_channel_ids!,
        unsold,
      },
    })
    return { status: 200, body: { ...(await shoppingListAnswer(req, result.id, true)), skipped: result.skipped } }
  })
}
