import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pastOrderLines } from "../../../../workflows/bulk-order/past-order-lines"
import { WantedListItem } from "../../../../workflows/shopping-list/steps/snapshot-list-items"
import { StoreCreateShoppingListType } from "./validators"

/**
 * What a new list starts with. Typed-in items must all be sold here (one that is not refuses
 * the list); a cart's or a past order's lines that are no longer sold are skipped and reported.
 * The cart and order were checked by guardListSource.
 */
export async function listItemsFromSource(
  container: MedusaContainer,
  body: StoreCreateShoppingListType
): Promise<{ items: WantedListItem[]; unsold: "refuse" | "skip" }> {
  if (body.cart_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["items.variant_id", "items.quantity", "items.product_title"], filters: { id: body.cart_id } })
    const lines = ((data[0] as any)?.items ?? []) as { variant_id: string | null; quantity: number; product_title: string | null }[]
    return { items: lines.filter((l) => l.variant_id).map((l) => ({ variant_id: l.variant_id!, quantity: Number(l.quantity), product_title: l.product_title })), unsold: "skip" }
  }
  if (body.order_id) {
    const { sheet, lines } = await pastOrderLines(container, body.order_id)
    return {
      items: lines.flatMap((l, i) => (l.variant_id ? [{ variant_id: l.variant_id, quantity: Number(l.quantity), product_title: sheet[i].product_title }] : [])),
      unsold: "skip",
    }
  }
  return { items: body.items ?? [], unsold: "refuse" }
}
