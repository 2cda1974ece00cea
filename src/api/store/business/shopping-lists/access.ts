import { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { SHOPPING_LIST_PERMISSIONS } from "../../../../lib/shopping-lists/access"
import { shoppingListModule } from "../../../../modules/shopping-list"
import { BusinessRequest } from "../../../utils/business-context"
import { guardOwnedRecord, OwnedAction, OwnedRecordKind, ownedRecordAccess } from "../../../utils/owned-record-guard"
import { assertCartReadable } from "../../carts/middlewares"
import { assertPastOrderUsable } from "../../isolation/middlewares"

/** A unit's shopping list (a consumer's wish list has no unit: it is never found here). */
export const SHOPPING_LIST: OwnedRecordKind = {
  noun: "Shopping list",
  permissions: SHOPPING_LIST_PERMISSIONS,
  load: async (container, id) => (await shoppingListModule(container).listShoppingLists({ id }, { select: ["id", "business_unit_id", "customer_id"] }))[0],
}

export const guardShoppingList = (action: OwnedAction) => guardOwnedRecord(SHOPPING_LIST, action)

/**
 * The source of new lines (a new list, a recurring order) must be one the caller may read: a
 * cart and a past order give the same 404s as reading them, a shopping list its own answers.
 */
export async function guardLineSource(
  req: BusinessRequest<{ cart_id?: string; order_id?: string; shopping_list_id?: string }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { cart_id, order_id, shopping_list_id } = req.validatedBody
  if (cart_id) await assertCartReadable(req, cart_id)
  if (order_id) await assertPastOrderUsable(req, order_id)
  if (shopping_list_id) await ownedRecordAccess(SHOPPING_LIST, req.scope, req.business, shopping_list_id, "read")
  next()
}
