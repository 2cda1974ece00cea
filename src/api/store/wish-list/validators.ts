import { z } from "@medusajs/framework/zod"
import { MAX_LIST_ITEMS } from "../../../lib/shopping-lists/contract"
import { idOf } from "../../utils/input"
import { ListItemBody, listQuantity } from "../business/shopping-lists/validators"

/** The heart: a variant saved to the wish list (quantity 1 unless given). */
export const StoreSaveToWishList = ListItemBody
export const StoreUpdateWishListItem = z.object({ quantity: listQuantity }).strict()
/** Move the whole wish list, or the chosen items, into a cart. */
export const StoreMoveWishList = z
  .object({ cart_id: idOf("cart"), item_ids: z.array(idOf("slitem")).min(1).max(MAX_LIST_ITEMS).optional() })
  .strict()

export type StoreSaveToWishListType = z.infer<typeof StoreSaveToWishList>
export type StoreUpdateWishListItemType = z.infer<typeof StoreUpdateWishListItem>
export type StoreMoveWishListType = z.infer<typeof StoreMoveWishList>
