// The same handlers as the admin's (src/api/utils/unit-budgets.ts); the unit's permissions are checked by the middlewares.
export { listUnitBudgets as GET, setAssociateBudget as POST } from "../../../../../utils/unit-budgets"
