import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import OrderBusinessUnit from "../../links/order-business-unit"

export type UnitOrdersPage<T> = { orders: T[]; count: number }

/**
 * One page of a business unit's orders, newest first, for the portal
 * (/store/business/units/:id/orders) and the merchant (/admin/business-units/:id/orders).
 * Medusa's order list cannot filter on the order ↔ business unit link, so the unit's order ids
 * come from the link table and the orders are read, counted and paged among those ids in the
 * database; `filters` narrows further (e.g. to the caller's own orders). Orders created together
 * share a timestamp, so the id breaks ties: without it a page boundary could repeat or skip one.
 */
export async function listUnitOrdersPage<T>(
  scope: MedusaContainer,
  unitId: string,
  { fields, filters = {}, offset, limit }: { fields: string[]; filters?: Record<string, unknown>; offset: number; limit: number }
): Promise<UnitOrdersPage<T>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: OrderBusinessUnit.entryPoint,
    fields: ["order_id"],
    filters: { business_unit_id: unitId },
  })
  const orderIds = links.map((link: { order_id: string }) => link.order_id)
  if (!orderIds.length) return { orders: [], count: 0 }
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields,
    filters: { ...filters, id: orderIds },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  return { orders: orders as T[], count: metadata?.count ?? orders.length }
}
