import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BulkLineInput } from "../../lib/bulk-order/contract"
import { SheetLine } from "../../lib/bulk-order/sheet"
import { ORDER_ITEM_QUANTITY, orderItemQuantity } from "../../lib/orders/order-items"

type OrderItemRow = {
  variant_id: string | null
  variant_sku: string | null
  product_title: string | null
  variant_title: string | null
  quantity?: number
  detail?: { quantity?: number } | null
  unit_price: number
}


/**
 * The lines of a past order: as bulk-add input (by variant, or by SKU when the variant is gone),
 * as an order sheet, and what each variant cost then.
 */
export async function pastOrderLines(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.variant_id", "items.variant_sku", "items.product_title", "items.variant_title", "items.unit_price", "items.quantity", ORDER_ITEM_QUANTITY],
    filters: { id: orderId },
  })
  const items = ((data[0] as { items?: OrderItemRow[] } | undefined)?.items ?? []).filter(Boolean)
  const lines: BulkLineInput[] = items.map((i) => (i.variant_id ? { variant_id: i.variant_id, sku: i.variant_sku, quantity: orderItemQuantity(i) } : { sku: i.variant_sku, quantity: orderItemQuantity(i) }))
  const sheet: SheetLine[] = items.map((i) => ({ sku: i.variant_sku, quantity: orderItemQuantity(i), product_title: i.product_title, variant_title: i.variant_title, unit_price: Number(i.unit_price) }))
  const paid = new Map(items.filter((i) => i.variant_id).map((i) => [i.variant_id!, Number(i.unit_price)]))
  return { lines, sheet, paid }
}
