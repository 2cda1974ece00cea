import { OwnedRecordPermissions } from "../business/owned-records"

/** Who may see and change a unit's recurring orders: the rules of records a unit shares and each associate owns. */
export const RECURRING_ORDER_PERMISSIONS: OwnedRecordPermissions = {
  view: "recurring_orders.view",
  manage_own: "recurring_orders.manage_own",
  manage_others: "recurring_orders.manage_others",
}
