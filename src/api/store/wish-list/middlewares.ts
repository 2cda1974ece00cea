import { MedusaNextFunction, MedusaResponse, MedusaStoreRequest, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isWholesaleKey, loggedInCustomerId } from "../../utils/business-context"
import { guardBodyCart } from "../carts/middlewares"
import { StoreMoveWishList, StoreSaveToWishList, StoreUpdateWishListItem } from "./validators"

/**
 * The wish list is the Retail storefront's: a logged-in customer through a key that is not the
 * Wholesale one (business units keep named lists under /store/business).
 */
export async function requireWishListCaller(req: MedusaStoreRequest<any>, _res: MedusaResponse, next: MedusaNextFunction) {
  if (await isWholesaleKey(req)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "The wish list belongs to the Retail storefront: in the Wholesale portal, use your business unit's shopping lists")
  }
  if (!loggedInCustomerId(req)) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to keep a wish list")
  next()
}

const route = (method: "GET" | "POST" | "DELETE", matcher: string, ...rest: MiddlewareRoute["middlewares"] & any[]): MiddlewareRoute => ({
  method: [method],
  matcher,
  middlewares: [requireWishListCaller, ...rest],
})

export const storeWishListMiddlewares: MiddlewareRoute[] = [
  route("GET", "/store/wish-list"),
  route("POST", "/store/wish-list/items", validateAndTransformBody(StoreSaveToWishList)),
  route("POST", "/store/wish-list/items/:item_id", validateAndTransformBody(StoreUpdateWishListItem)),
  route("DELETE", "/store/wish-list/items/:item_id"),
  route("POST", "/store/wish-list/move-to-cart", validateAndTransformBody(StoreMoveWishList), guardBodyCart),
]
