import { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listPermissionNeeded, mayCreateList, mayManageList, mayReadList } from "../../../../lib/shopping-lists/access"
import { shoppingListModule } from "../../../../modules/shopping-list"
import { BusinessRequest } from "../../../utils/business-context"
import { assertCartReadable } from "../../carts/middlewares"
import { assertPastOrderUsable } from "../../isolation/middlewares"

export type ListAccess = { id: string; business_unit_id: string; customer_id: string; may_manage: boolean }
export type ShoppingListRequest<Body = unknown> = BusinessRequest<Body> & { shoppingList: ListAccess }

const listNotFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Shopping list ${id} was not found`)

/**
 * The list in the path (`:id`) is one of a unit the caller acts in (otherwise 404, also for a
 * consumer's wish list: another company's list is not even confirmed to exist), and the
 * caller's role there allows the action (otherwise 403, naming the permission). "copy" reads
 * the list and makes a new one of the caller's in its unit.
 */
export function guardShoppingList(action: "read" | "manage" | "copy") {
  return async (req: BusinessRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const business = req.business
    const [list] = await shoppingListModule(req.scope).listShoppingLists({ id: req.params.id }, { select: ["id", "business_unit_id", "customer_id"] })
    if (!list?.business_unit_id || !business.canAct(list.business_unit_id)) throw listNotFound(req.params.id)
    const held = business.permissionsIn(list.business_unit_id)
    const isOwner = list.customer_id === business.customerId
    const allowed = action === "manage" ? mayManageList(held, isOwner) : mayReadList(held, isOwner) && (action === "read" || mayCreateList(held))
    if (!allowed) {
      const needed = action === "copy" && mayReadList(held, isOwner) ? "shopping_lists.manage_own" : listPermissionNeeded(action === "manage" ? "manage" : "read", isOwner)
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your role in this list's business unit does not allow this (it needs the "${needed}" permission)`)
    }
    ;(req as ShoppingListRequest).shoppingList = {
      id: list.id,
      business_unit_id: list.business_unit_id,
      customer_id: list.customer_id,
      may_manage: mayManageList(held, isOwner),
    }
    next()
  }
}

/** A new list's source (a cart, a past order) must be one the caller may read: the same 404s as reading it. */
export async function guardListSource(req: BusinessRequest<{ cart_id?: string; order_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const { cart_id, order_id } = req.validatedBody
  if (cart_id) await assertCartReadable(req, cart_id)
  if (order_id) await assertPastOrderUsable(req, order_id)
  next()
}
