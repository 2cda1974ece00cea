import type { BulkAddResult, BulkMode } from "../../../../src/lib/bulk-order/contract"
import type { ShoppingListResponse, ShoppingListsResponse, ShoppingListSummary, ShoppingListView } from "../../../../src/lib/shopping-lists/contract"
import { businessFetch, UnitHeaders } from "./client"

export type { ShoppingListItemView, ShoppingListSummary, ShoppingListView } from "../../../../src/lib/shopping-lists/contract"

/** A line left out of a list made from a cart, a past order or a copy (no longer sold). */
export type SkippedItem = { variant_id: string; product_title: string | null }
export type NewListItem = { variant_id: string; quantity?: number; note?: string | null }
/** A new list: empty, typed in, or "save cart as list" (at most one source). */
export type NewList = { name: string; description?: string | null; items?: NewListItem[]; cart_id?: string }
export type CreatedList = { shopping_list: ShoppingListView; skipped: SkippedItem[] }

/** `?region_id=` prices the items for the caller (the company's price in the unit's region). */
const priced = (regionId: string | null | undefined) => (regionId ? { region_id: regionId } : undefined)

/** The unit's lists (shopping_lists.view), newest change first. */
export async function listShoppingLists(unitId: string, headers: UnitHeaders): Promise<ShoppingListSummary[]> {
  return (await businessFetch<ShoppingListsResponse>(`/units/${unitId}/shopping-lists`, { headers })).shopping_lists
}

export function createShoppingList(unitId: string, list: NewList, headers: UnitHeaders, regionId?: string | null): Promise<CreatedList> {
  return businessFetch<CreatedList>(`/units/${unitId}/shopping-lists`, { method: "POST", body: list, query: priced(regionId), headers })
}

export async function getShoppingList(id: string, regionId: string | null, headers: UnitHeaders): Promise<ShoppingListView> {
  return (await businessFetch<ShoppingListResponse>(`/shopping-lists/${id}`, { query: priced(regionId), headers })).shopping_list
}

export async function updateShoppingList(id: string, change: { name?: string; description?: string | null }, regionId: string | null, headers: UnitHeaders) {
  return (await businessFetch<ShoppingListResponse>(`/shopping-lists/${id}`, { method: "POST", body: change, query: priced(regionId), headers })).shopping_list
}

export function deleteShoppingList(id: string, headers: UnitHeaders) {
  return businessFetch<{ id: string; object: "shopping_list"; deleted: true }>(`/shopping-lists/${id}`, { method: "DELETE", headers })
}

/** Adds a variant (a variant already on the list gets the quantity added). */
export async function addListItem(id: string, item: NewListItem, regionId: string | null, headers: UnitHeaders) {
  return (await businessFetch<ShoppingListResponse>(`/shopping-lists/${id}/items`, { method: "POST", body: item, query: priced(regionId), headers })).shopping_list
}

export async function updateListItem(id: string, itemId: string, change: { quantity?: number; note?: string | null }, regionId: string | null, headers: UnitHeaders) {
  return (await businessFetch<ShoppingListResponse>(`/shopping-lists/${id}/items/${itemId}`, { method: "POST", body: change, query: priced(regionId), headers })).shopping_list
}

export async function removeListItem(id: string, itemId: string, regionId: string | null, headers: UnitHeaders) {
  return (await businessFetch<ShoppingListResponse>(`/shopping-lists/${id}/items/${itemId}`, { method: "DELETE", query: priced(regionId), headers })).shopping_list
}

/** The items in their new order: every item id of the list, each once. */
export async function reorderListItems(id: string, itemIds: string[], regionId: string | null, headers: UnitHeaders) {
  return (await businessFetch<ShoppingListResponse>(`/shopping-lists/${id}/positions`, { method: "POST", body: { item_ids: itemIds }, query: priced(regionId), headers })).shopping_list
}

/** A copy of the list owned by the caller, in the list's unit. */
export function copyShoppingList(id: string, name: string | undefined, headers: UnitHeaders): Promise<CreatedList> {
  return businessFetch<CreatedList>(`/shopping-lists/${id}/copy`, { method: "POST", body: name ? { name } : {}, headers })
}

/** The whole list, or the chosen items, into the cart in one request: the bulk report. */
export async function addListToCart(id: string, cartId: string, itemIds: string[] | undefined, headers: UnitHeaders, mode: BulkMode = "valid_only"): Promise<BulkAddResult> {
  const body = { cart_id: cartId, mode, ...(itemIds ? { item_ids: itemIds } : {}) }
  return (await businessFetch<{ bulk: BulkAddResult }>(`/shopping-lists/${id}/add-to-cart`, { method: "POST", body, headers })).bulk
}

/** The HTTP status of a failed request (404: not found or another company's list), read as data. */
export { statusOf } from "./client"
