import { RECURRING_ORDER_PERMISSIONS } from "../../../../lib/recurring-orders/access"
import { recurringOrderModule } from "../../../../modules/recurring-order"
import { guardOwnedRecord, OwnedAction, OwnedRecordKind } from "../../../utils/owned-record-guard"

export const RECURRING_ORDER: OwnedRecordKind = {
  noun: "Recurring order",
  permissions: RECURRING_ORDER_PERMISSIONS,
  load: async (container, id) => (await recurringOrderModule(container).listRecurringOrders({ id }, { select: ["id", "business_unit_id", "customer_id"] }))[0],
}

export const guardRecurringOrder = (action: OwnedAction) => guardOwnedRecord(RECURRING_ORDER, action)
