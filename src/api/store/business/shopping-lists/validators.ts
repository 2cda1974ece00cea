import { z } from "@medusajs/framework/zod"
import { BULK_MODES } from "../../../../lib/bulk-order/contract"
import { MAX_LIST_ITEMS } from "../../../../lib/shopping-lists/contract"
import { idOf } from "../../../utils/input"

/** The most of one variant a list keeps (a list is a reminder of what to order, not stock). */
const MAX_LIST_QUANTITY = 100_000

export const listQuantity = z.number().int("quantity must be a whole number").min(1, "quantity must be at least 1").max(MAX_LIST_QUANTITY, `quantity must be at most ${MAX_LIST_QUANTITY}`)
const note = z.string().trim().max(500, "note must be at most 500 characters").nullish()
const name = z.string().trim().min(1, "give the list a name").max(120, "name must be at most 120 characters")
const description = z.string().trim().max(1000, "description must be at most 1000 characters").nullish()

export const ListItemBody = z.object({ variant_id: idOf("variant"), quantity: listQuantity.default(1), note }).strict()

/** A new list: empty, with items, or made from a cart or a past order (at most one source). */
export const StoreCreateShoppingList = z
  .object({
    name,
    description,
    items: z.array(ListItemBody).max(MAX_LIST_ITEMS, `a list holds at most ${MAX_LIST_ITEMS} items`).optional(),
    cart_id: idOf("cart").optional(),
    order_id: idOf("order").optional(),
  })
  .strict()
  .refine((b) => [b.items, b.cart_id, b.order_id].filter((source) => source !== undefined).length <= 1, "give at most one of items, cart_id and order_id")

export const StoreUpdateShoppingList = z
  .object({ name: name.optional(), description })
  .strict()
  .refine((b) => b.name !== undefined || b.description !== undefined, "give a name or a description")

export const StoreUpdateListItem = z
  .object({ quantity: listQuantity.optional(), note })
  .strict()
  .refine((b) => b.quantity !== undefined || b.note !== undefined, "give a quantity or a note")

export const StoreListPositions = z
  .object({ item_ids: z.array(idOf("slitem")).min(1, "give the items in their new order").max(MAX_LIST_ITEMS) })
  .strict()

export const StoreCopyShoppingList = z.object({ name: name.optional() }).strict()

/** The whole list, or the chosen items, into a cart through the bulk path. */
export const StoreListToCart = z
  .object({
    cart_id: idOf("cart"),
    item_ids: z.array(idOf("slitem")).min(1, "choose at least one item, or leave item_ids out for the whole list").max(MAX_LIST_ITEMS).optional(),
    mode: z.enum(BULK_MODES).default("valid_only"),
  })
  .strict()

export const ListReadQuery = z.object({ region_id: idOf("reg").optional() }).strict()

export type StoreCreateShoppingListType = z.infer<typeof StoreCreateShoppingList>
export type StoreUpdateShoppingListType = z.infer<typeof StoreUpdateShoppingList>
export type ListItemBodyType = z.infer<typeof ListItemBody>
export type StoreUpdateListItemType = z.infer<typeof StoreUpdateListItem>
export type StoreListPositionsType = z.infer<typeof StoreListPositions>
export type StoreCopyShoppingListType = z.infer<typeof StoreCopyShoppingList>
export type StoreListToCartType = z.infer<typeof StoreListToCart>
