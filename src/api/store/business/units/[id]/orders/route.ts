import { MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../../utils/parse-query"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import OrderBusinessUnit from "../../../../../../links/order-business-unit"
import { BusinessRequest } from "../../../../../utils/business-context"
import { StoreListUnitOrders } from "../../../validators"
import { STORE_UNIT_ORDER_FIELDS } from "../../../../../../lib/orders/contract"

/**
 * Orders of the unit: everyone's with "orders.view_others", else only the caller's own
 * ("orders.view_own"); `placed_by=me` narrows to one's own either way.
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(StoreListUnitOrders, req.query)
  const { limit, offset, placed_by } = parsedQuery
  const seesOthers = req.business.permissionsIn(req.params.id).has("orders.view_others")
  const onlyMine = placed_by === "me" || !seesOthers

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: OrderBusinessUnit.entryPoint,
    fields: ["order_id"],
    filters: { business_unit_id: req.params.id },
  })
  const orderIds = links.map((l: any) => l.order_id)
  if (!orderIds.length) {
    return res.json({ orders: [], count: 0, limit, offset })
  }
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: STORE_UNIT_ORDER_FIELDS,
    filters: { id: orderIds, ...(onlyMine ? { customer_id: req.business.customerId } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ orders, count: metadata?.count ?? orders.length, limit, offset })
}
