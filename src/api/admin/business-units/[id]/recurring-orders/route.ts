import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminRecurringOrdersResponse } from "../../../../../lib/recurring-orders/contract"
import { businessModule } from "../../../../../modules/business"
import { presentRecurringOrders } from "../../../../utils/recurring-order-view"

/** The unit's recurring orders and their runs, for the merchant (read-only). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const body: AdminRecurringOrdersResponse = { recurring_orders: await presentRecurringOrders(req.scope, { business_unit_id: unit.id }, () => false) }
  res.json(body)
}
