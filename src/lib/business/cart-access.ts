import { placePermission } from "../business-cart/policy"
import { Permission } from "./permissions"

/**
 * The permissions that let a caller use a business unit's cart: reading needs "view",
 * changing needs "update", completing needs "place orders"; the "own" variant when the caller
 * owns the cart, the "others" one when it belongs to a colleague. Any of the list suffices.
 */
export function cartPermissionsNeeded(method: string, path: string, isOwner: boolean): Permission[] {
  const whose = isOwner ? "own" : "others"
  if (/\/complete\/?$/.test(path)) return [placePermission(isOwner)]
  if (method === "GET") {
    return isOwner ? ["carts.view_own", "carts.update_own"] : ["carts.view_others", "carts.update_others"]
  }
  return [`carts.update_${whose}`]
}
