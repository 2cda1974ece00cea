import { MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../../../../utils/parse-query"
import { BusinessRequest } from "../../../../../utils/business-context"
import { listUnitOrdersPage } from "../../../../../utils/unit-orders"
import { StoreListUnitOrders } from "../../../validators"
import { STORE_UNIT_ORDER_FIELDS, StoreUnitOrder, StoreUnitOrdersResponse } from "../../../../../../lib/orders/contract"

/**
 * Orders of the unit: everyone's with "orders.view_others", else only the caller's own
 * ("orders.view_own"); `placed_by=me` narrows to one's own either way.
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(StoreListUnitOrders, req.query)
  const { limit, offset, placed_by } = parsedQuery
  const seesOthers = req.business.permissionsIn(req.params.id).has("orders.view_others")
  const onlyMine = placed_by === "me" || !seesOthers

  const { orders, count } = await listUnitOrdersPage<StoreUnitOrder>(req.scope, req.params.id, {
    fields: STORE_UNIT_ORDER_FIELDS,
    filters: onlyMine ? { customer_id: req.business.customerId } : {},
    offset,
    limit,
  })
  res.json({ orders, count, limit, offset } satisfies StoreUnitOrdersResponse)
}
