// The portal's handlers (src/api/utils/unit-budgets.ts): the merchant sets budgets as the unit's approval managers do.
export { listUnitBudgets as GET, setAssociateBudget as POST } from "../../../../utils/unit-budgets"
