import { MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WishListResponse } from "../../../lib/shopping-lists/contract"
import { shoppingListModule } from "../../../modules/shopping-list"
import { loggedInCustomerId } from "../../utils/business-context"
import { itemViews } from "../../utils/shopping-list-view"
import { viewerOf } from "../business/shopping-lists/present"

/** The caller's wish list; null before the first saved item. */
export async function wishListOf(req: MedusaStoreRequest<any>) {
  return shoppingListModule(req.scope).wishListOf(loggedInCustomerId(req)!)
}

/** The caller's wish list, or a 404 naming the item when there is nothing to change. */
export async function wishListHolding(req: MedusaStoreRequest<any>, itemId: string) {
  const list = await wishListOf(req)
  if (!list?.items.some((i) => i.id === itemId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item ${itemId} is not on your wish list`)
  return list
}

/** Every answer about the wish list: as the caller sees it now, through this key's channels. */
export async function wishListAnswer(req: MedusaStoreRequest<any>): Promise<WishListResponse> {
  const list = await wishListOf(req)
  return { wish_list: { id: list?.id ?? null, items: list ? await itemViews(req.scope, list.items as any, viewerOf(req)) : [] } }
}
