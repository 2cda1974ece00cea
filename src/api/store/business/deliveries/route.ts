import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveriesResponse } from "../../../../lib/delivery/contract"
import { deliveryModule } from "../../../../modules/delivery"
import { BusinessRequest } from "../../../utils/business-context"
import { presentPlacedDeliveries } from "../../../utils/delivery-views"
import { parseQuery } from "../../../utils/parse-query"
import { StoreListDeliveries } from "./validators"

/**
 * The acting unit's placed deliveries, soonest date last (newest plans first): everyone's with
 * "orders.view_others", else the caller's own ("orders.view_own"), as the unit's orders are.
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const { limit, offset } = parseQuery(StoreListDeliveries, req.query)
  const unitId = req.business.activeUnitId
  if (!unitId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose the business unit whose deliveries to list (x-business-unit-id header)")
  const held = req.business.permissionsIn(unitId)
  if (!held.has("orders.view_others") && !held.has("orders.view_own")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, 'Your role in this business unit does not allow seeing its orders (it needs "orders.view_own" or "orders.view_others")')
  }
  const filters = {
    business_unit_id: unitId,
    order_id: { $ne: null },
    ...(held.has("orders.view_others") ? {} : { customer_id: req.business.customerId }),
  }
  const [rows, count] = await deliveryModule(req.scope).listAndCountDeliveries(filters as any, { order: { requested_date: "DESC", id: "DESC" }, skip: offset, take: limit })
  res.json({ deliveries: await presentPlacedDeliveries(req.scope, rows), count, limit, offset } satisfies DeliveriesResponse)
}
