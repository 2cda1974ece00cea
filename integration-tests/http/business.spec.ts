import { runSharedApp } from "../helpers/shared-app"
import adminBusiness from "./suites/admin-business"
import approvals from "./suites/approvals"
import businessAccess from "./suites/business-access"
import businessCartPaths from "./suites/business-cart-paths"
import businessFlows from "./suites/business-flows"
import roleHierarchy from "./suites/role-hierarchy"

/** Business units, associates, roles, approvals and every path into a business cart. */
runSharedApp([businessAccess, roleHierarchy, adminBusiness, businessFlows, approvals, businessCartPaths])
