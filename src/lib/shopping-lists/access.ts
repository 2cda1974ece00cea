import { OwnedRecordPermissions } from "../business/owned-records"

/**
 * Who may do what with a business unit's shopping lists (README, "Shopping lists"): the rules
 * of records a unit shares and each associate owns (src/lib/business/owned-records.ts).
 */
export const SHOPPING_LIST_PERMISSIONS: OwnedRecordPermissions = {
  view: "shopping_lists.view",
  manage_own: "shopping_lists.manage_own",
  manage_others: "shopping_lists.manage_others",
}
