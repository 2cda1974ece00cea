import { runSharedApp } from "../helpers/shared-app"
import adminBusiness from "./suites/admin-business"
import adminUnitOrders from "./suites/admin-unit-orders"
import adminUnitTeam from "./suites/admin-unit-team"
import approvals from "./suites/approvals"
import businessAccess from "./suites/business-access"
import businessCartPaths from "./suites/business-cart-paths"
import businessFlows from "./suites/business-flows"
import roleHierarchy from "./suites/role-hierarchy"
import shoppingLists from "./suites/shopping-lists"

/** Business units, associates, roles, the merchant's side of a unit's team, approvals, every path into a business cart, and shopping lists. */
runSharedApp([businessAccess, roleHierarchy, adminBusiness, adminUnitOrders, adminUnitTeam, businessFlows, approvals, businessCartPaths, shoppingLists])
