import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shoppingListModule } from "../../modules/shopping-list"
import { pastOrderLines } from "../../workflows/bulk-order/past-order-lines"
import { WantedListItem } from "../../workflows/shopping-list/steps/snapshot-list-items"

export type LineSource = {
  items?: { variant_id: string; quantity: number; note?: string | null }[]
  cart_id?: string
  order_id?: string
  shopping_list_id?: string
}

/**
 * The lines a new list or recurring order starts with. Typed-in items must all be sold here
 * (one that is not refuses the whole request); the lines of a cart, a past order or a shopping
 * list that are no longer sold are skipped and reported. The caller's right to read the source
 * is checked before (guardLineSource).
 */
export async function linesFromSource(container: MedusaContainer, source: LineSource): Promise<{ items: WantedListItem[]; unsold: "refuse" | "skip" }> {
  if (source.cart_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["items.variant_id", "items.quantity", "items.product_title"], filters: { id: source.cart_id } })
    const lines = ((data[0] as any)?.items ?? []) as { variant_id: string | null; quantity: number; product_title: string | null }[]
    return { items: lines.filter((l) => l.variant_id).map((l) => ({ variant_id: l.variant_id!, quantity: Number(l.quantity), product_title: l.product_title })), unsold: "skip" }
  }
  if (source.order_id) {
    const { sheet, lines } = await pastOrderLines(container, source.order_id)
    return {
      items: lines.flatMap((l, i) => (l.variant_id ? [{ variant_id: l.variant_id, quantity: Number(l.quantity), product_title: sheet[i].product_title }] : [])),
      unsold: "skip",
    }
  }
  if (source.shopping_list_id) {
    const list = await shoppingListModule(container).retrieveShoppingListOrFail(source.shopping_list_id)
    const items = [...list.items].sort((a, b) => a.position - b.position)
    return { items: items.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity, note: i.note, product_title: i.product_title })), unsold: "skip" }
  }
  return { items: source.items ?? [], unsold: "refuse" }
}
