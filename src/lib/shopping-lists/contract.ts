/**
 * Shopping lists as the storefronts and the admin see them: a business unit's named lists
 * (portal) and a consumer's one wish list (shop). Declared once here; the routes answer these
 * shapes and the portal, the shop and the admin import them.
 */

/** Most items one list holds (a list goes into a cart in one bulk request). */
export const MAX_LIST_ITEMS = 500

/** Why an item cannot go into a list, as data the storefronts act on. */
export const LIST_REFUSAL_CODES = [
  "not_in_channel", // the variant is unknown or not sold through this storefront
  "list_full", // the list already holds MAX_LIST_ITEMS items
] as const
export type ListRefusalCode = (typeof LIST_REFUSAL_CODES)[number]

export type ShoppingListItemView = {
  id: string
  variant_id: string
  quantity: number
  note: string | null
  /** 0-based place in the list; the list is answered in this order. */
  position: number
  sku: string | null
  product_title: string
  variant_title: string | null
  /**
   * Whether the variant is still sold through this storefront. When it is not, the item shows
   * only what was saved when it was added (titles, SKU): no price, no availability, no link.
   */
  sold: boolean
  product_id: string | null
  product_handle: string | null
  thumbnail: string | null
  /** The caller's price for one unit in the asked region (company price in the portal); null without a region or when not sold. */
  unit_price: number | null
  currency_code: string | null
  /** Units available in the storefront's channel; null when stock is not tracked (always available) or not sold. */
  available: number | null
}

export type ShoppingListOwner = { customer_id: string; name: string | null; email: string | null }

export type ShoppingListSummary = {
  id: string
  name: string
  description: string | null
  business_unit_id: string | null
  owner: ShoppingListOwner
  item_count: number
  created_at: string
  updated_at: string
  /** What the caller may do with it (from the list's unit and the caller's role there). */
  may_manage: boolean
}

export type ShoppingListView = ShoppingListSummary & { items: ShoppingListItemView[] }

/** The consumer's wish list: `id` is null until the first item is saved. */
export type WishListView = { id: string | null; items: ShoppingListItemView[] }

/** GET /store/business/units/:id/shopping-lists */
export type ShoppingListsResponse = { shopping_lists: ShoppingListSummary[] }
/** Every answer about one business list (read, create, rename, items, copy). */
export type ShoppingListResponse = { shopping_list: ShoppingListView }
/** Every answer about the wish list. */
export type WishListResponse = { wish_list: WishListView }
/** GET /admin/business-units/:id/shopping-lists (read-only for the merchant). */
export type AdminShoppingListsResponse = { shopping_lists: ShoppingListView[] }
