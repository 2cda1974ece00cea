/**
 * Query reads an order line's quantity from its item detail: `items.quantity` alone comes back
 * empty (Medusa 2.21), so every read of order quantities asks for ORDER_ITEM_QUANTITY too and
 * takes the number through orderItemQuantity.
 */
export const ORDER_ITEM_QUANTITY = "items.detail.quantity"

export const orderItemQuantity = (item: { quantity?: unknown; detail?: { quantity?: unknown } | null }) => Number(item.quantity ?? item.detail?.quantity)
