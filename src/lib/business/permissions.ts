/**
 * The fixed B2B permission set and the built-in roles. Merchant-defined roles are stored in
 * the business module and use the same permission names; this file is the single reference
 * the README documents.
 */
export const PERMISSIONS = [
  "carts.view_own",
  "carts.update_own",
  "carts.view_others",
  "carts.update_others",
  "orders.place_own",
  "orders.place_others",
  "orders.view_own",
  "orders.view_others",
  "orders.approve",
  "quotes.request",
  "quotes.view_own",
  "quotes.respond_own",
  "quotes.view_others",
  "quotes.respond_others",
  "approval_rules.manage",
  "associates.manage",
  "unit.update",
  "divisions.create",
  "invoices.view",
  "shopping_lists.view",
  "shopping_lists.manage_own",
  "shopping_lists.manage_others",
  "recurring_orders.view",
  "recurring_orders.manage_own",
  "recurring_orders.manage_others",
] as const

export type Permission = (typeof PERMISSIONS)[number]

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value)
}

const OWN_SHOPPING: Permission[] = [
  "carts.view_own",
  "carts.update_own",
  "orders.place_own",
  "orders.view_own",
  "quotes.request",
  "quotes.view_own",
  "quotes.respond_own",
  "shopping_lists.view",
  "shopping_lists.manage_own",
  "recurring_orders.view",
  "recurring_orders.manage_own",
]

export const BUILT_IN_ROLES: Record<string, { name: string; permissions: readonly Permission[] }> = {
  admin: { name: "Administrator", permissions: PERMISSIONS },
  buyer: { name: "Buyer", permissions: OWN_SHOPPING },
  approver: {
    name: "Approver",
    permissions: ["orders.approve", "orders.view_own", "orders.view_others", "carts.view_others", "quotes.view_others", "shopping_lists.view", "recurring_orders.view"],
  },
  finance: {
    name: "Finance",
    permissions: ["invoices.view", "orders.view_own", "orders.view_others", "quotes.view_others"],
  },
  viewer: {
    name: "Viewer",
    permissions: ["carts.view_own", "carts.view_others", "orders.view_own", "orders.view_others", "quotes.view_own", "quotes.view_others", "shopping_lists.view", "recurring_orders.view"],
  },
}

/** The role that may administer a unit; a company always keeps at least one. */
export const ADMIN_ROLE = "admin"

export type RoleCatalog = Map<string, readonly Permission[]>

/** Built-in roles plus the merchant's roles; a merchant role can never shadow a built-in one. */
export function roleCatalog(merchantRoles: { handle: string; permissions: unknown }[] = []): RoleCatalog {
  const catalog: RoleCatalog = new Map()
  for (const role of merchantRoles) {
    const permissions = Array.isArray(role.permissions) ? role.permissions.filter(isPermission) : []
    catalog.set(role.handle, permissions)
  }
  for (const [handle, role] of Object.entries(BUILT_IN_ROLES)) {
    catalog.set(handle, role.permissions)
  }
  return catalog
}
