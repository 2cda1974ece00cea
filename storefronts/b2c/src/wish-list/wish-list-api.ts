import type { BulkAddResult } from "../../../../src/lib/bulk-order/contract"
import type { WishListResponse, WishListView } from "../../../../src/lib/shopping-lists/contract"
import { sdk } from "../sdk"

/*
 * The consumer's one wish list (Retail key, logged-in customer). Every answer is the whole list
 * as the backend sees it now; `region_id` prices its items in the shopper's region.
 */

/** "Move to cart": the bulk report per item (moved items left the list, refused ones stayed) and the list after it. */
export type MoveToCartAnswer = { bulk: BulkAddResult; wish_list: WishListView }

const inRegion = (regionId: string) => ({ region_id: regionId })

export const fetchWishList = async (regionId: string) =>
  (await sdk.client.fetch<WishListResponse>("/store/wish-list", { query: inRegion(regionId) })).wish_list

/** The heart: the same variant again adds to its quantity (the shop only saves variants not on the list yet). */
export const saveToWishList = async (regionId: string, variantId: string, quantity = 1) =>
  (await sdk.client.fetch<WishListResponse>("/store/wish-list/items", { method: "POST", query: inRegion(regionId), body: { variant_id: variantId, quantity } })).wish_list

export const updateWishListItem = async (regionId: string, itemId: string, quantity: number) =>
  (await sdk.client.fetch<WishListResponse>(`/store/wish-list/items/${itemId}`, { method: "POST", query: inRegion(regionId), body: { quantity } })).wish_list

export const removeFromWishList = async (regionId: string, itemId: string) =>
  (await sdk.client.fetch<WishListResponse>(`/store/wish-list/items/${itemId}`, { method: "DELETE", query: inRegion(regionId) })).wish_list

/** The whole list, or the chosen items, into the cart through the backend's bulk path. */
export const moveWishListToCart = (regionId: string, cartId: string, itemIds?: string[]) =>
  sdk.client.fetch<MoveToCartAnswer>("/store/wish-list/move-to-cart", {
    method: "POST",
    query: inRegion(regionId),
    body: itemIds ? { cart_id: cartId, item_ids: itemIds } : { cart_id: cartId },
  })

/** A session the backend no longer accepts (or none): the shopper has to sign in. */
export const needsSignIn = (error: unknown) => (error as { status?: number } | null)?.status === 401
