import { MedusaStoreRequest } from "@medusajs/framework/http"
import { mayManageOwned } from "../../../../lib/business/owned-records"
import { RECURRING_ORDER_PERMISSIONS } from "../../../../lib/recurring-orders/access"
import { RecurringOrderResponse } from "../../../../lib/recurring-orders/contract"
import { BusinessRequest } from "../../../utils/business-context"
import { presentRecurringOrders } from "../../../utils/recurring-order-view"

/** What the caller may do with a schedule of a unit they act in. */
export const mayManageSchedule = (req: BusinessRequest) => (s: { business_unit_id: string; customer_id: string }) =>
  mayManageOwned(RECURRING_ORDER_PERMISSIONS, req.business.permissionsIn(s.business_unit_id), s.customer_id === req.business.customerId)

/** Every answer about one recurring order. */
export async function recurringOrderAnswer(req: MedusaStoreRequest<any>, id: string): Promise<RecurringOrderResponse> {
  const [view] = await presentRecurringOrders(req.scope, { id }, mayManageSchedule(req as BusinessRequest))
  return { recurring_order: view }
}
