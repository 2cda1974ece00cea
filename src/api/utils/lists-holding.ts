import { MedusaContainer } from "@medusajs/framework/types"
import { mayReadOwned } from "../../lib/business/owned-records"
import { SHOPPING_LIST_PERMISSIONS } from "../../lib/shopping-lists/access"
import { ListHoldingProduct } from "../../lib/views/contract"
import { shoppingListModule } from "../../modules/shopping-list"
import { BusinessContext } from "./business-context"

type Caller = { customerId: string; business: BusinessContext | null }

/**
 * The caller's lists that hold any of these variants: in the Wholesale storefront the acting
 * unit's lists the caller may read; in the Retail storefront the caller's wish list.
 */
export async function listsHoldingVariants(scope: MedusaContainer, caller: Caller, variantIds: string[]): Promise<ListHoldingProduct[]> {
  const unitId = caller.business?.activeUnitId ?? null
  if (!variantIds.length || (caller.business && !unitId)) return []
  const owner = unitId ? { business_unit_id: unitId } : { customer_id: caller.customerId, business_unit_id: null }
  const items = await shoppingListModule(scope).listShoppingListItems(
    { variant_id: variantIds, shopping_list: owner } as any,
    { relations: ["shopping_list"], take: null }
  )
  const held = unitId ? caller.business!.permissionsIn(unitId) : null
  const lists = new Map<string, ListHoldingProduct>()
  for (const item of items as any[]) {
    const list = item.shopping_list
    if (held && !mayReadOwned(SHOPPING_LIST_PERMISSIONS, held, list.customer_id === caller.customerId)) continue
    const entry: ListHoldingProduct = lists.get(list.id) ?? { id: list.id, name: list.name, kind: unitId ? "shopping_list" : "wish_list", variant_ids: [] }
    entry.variant_ids.push(item.variant_id)
    lists.set(list.id, entry)
  }
  return [...lists.values()].sort((a, b) => a.name.localeCompare(b.name))
}
