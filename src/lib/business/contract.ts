import type { RoleAssignment } from "./access"
import type { Permission } from "./permissions"

/**
 * Business units, their addresses, associates, invites and roles as the admin and the B2B portal
 * see them. Declared once here; the routes (src/api/admin/business-units/**,
 * src/api/admin/business-roles/**, src/api/store/business/**) answer these shapes and the admin
 * and the portal import them.
 */

export type { RoleAssignment } from "./access"
export type { Permission } from "./permissions"

/** What every paged list answers next to its page. */
export type Paginated = { count: number; limit: number; offset: number }

export type UnitStatus = "active" | "inactive"

/** A unit as stored: a company (no parent) or one of its divisions. The admin sees units so. */
export type BusinessUnit = {
  id: string
  name: string
  status: UnitStatus
  parent_id: string | null
  /** The company the unit belongs to; null on a company itself. */
  company_id: string | null
  email: string | null
  phone: string | null
  tax_id: string | null
  currency_code: string | null
  metadata: Record<string, unknown> | null
  created_at: string
}

export type UnitAddress = {
  id: string
  label: string | null
  company: string | null
  first_name: string | null
  last_name: string | null
  address_1: string
  address_2: string | null
  city: string
  province: string | null
  postal_code: string
  country_code: string
  phone: string | null
  is_default_shipping: boolean
  is_default_billing: boolean
}

/** A customer's membership in one unit. */
export type Associate = {
  id: string
  business_unit_id: string
  customer_id: string
  email: string
  roles: RoleAssignment[]
  created_at: string
}

/** GET /admin/business-units/:id: the unit with its addresses, associates, pricing group and direct divisions. */
export type BusinessUnitDetail = BusinessUnit & {
  addresses: UnitAddress[]
  associates: Associate[]
  customer_group: { id: string; name: string } | null
  divisions: Pick<BusinessUnit, "id" | "name" | "status">[]
}

/**
 * A unit as shown to one of its associates (the portal): fewer stored fields, and what the
 * caller may do there. `divisions` only in the tree of GET /store/business/units.
 */
export type StoreBusinessUnit = Pick<BusinessUnit, "id" | "name" | "status" | "parent_id" | "email" | "phone" | "tax_id" | "currency_code"> & {
  kind: "company" | "division"
  /** The company the unit belongs to; the unit's own id on a company. */
  company_id: string
  /** Whether orders can be placed in it (the unit and the units above it are active). */
  can_order: boolean
  addresses?: UnitAddress[]
  my_roles: string[]
  /** Permission names (src/lib/business/permissions.ts), sorted. */
  my_permissions: string[]
  divisions?: StoreBusinessUnit[]
}

export type InviteStatus = "pending" | "accepted" | "revoked"

export type Invite = {
  id: string
  business_unit_id: string
  email: string
  roles: RoleAssignment[]
  status: InviteStatus
  expires_at: string
  accepted_at: string | null
  created_at: string
}

/** A merchant-defined role as stored (the built-in roles live in src/lib/business/permissions.ts). */
export type BusinessRoleRecord = {
  id: string
  handle: string
  name: string
  description: string | null
  permissions: Permission[]
}

/** A role of the catalog: a built-in one (no id, no description) or a merchant's. */
export type BusinessRole = Pick<BusinessRoleRecord, "handle" | "name" | "permissions"> &
  Partial<Pick<BusinessRoleRecord, "id" | "description">> & { built_in: boolean }

/** Body of POST /admin/business-units and /admin/business-units/:id. */
export type BusinessUnitInput = {
  name?: string
  email?: string | null
  phone?: string | null
  tax_id?: string | null
  currency_code?: string | null
  parent_id?: string | null
  status?: UnitStatus
}

/** GET /admin/business-units */
export type AdminBusinessUnitsResponse = Paginated & { business_units: BusinessUnit[] }
/** POST /admin/business-units: the new unit. */
export type AdminBusinessUnitResponse = { business_unit: BusinessUnit }
/** GET and POST /admin/business-units/:id */
export type AdminBusinessUnitDetailResponse = { business_unit: BusinessUnitDetail }
/** POST /admin/business-units/:id/customer-group */
export type AdminUnitCustomerGroupResponse = { business_unit_id: string; customer_group_id: string }
/** POST /admin/business-units/:id/price-list: the price list's new rules (its pricing group, wholesale channels only). */
export type AdminUnitPriceListResponse = { price_list: { id: string; rules: Record<string, string[]> } }
/** GET /admin/business-roles: the role catalog and the permission names a role can hold. */
export type AdminBusinessRolesResponse = { roles: BusinessRole[]; permissions: Permission[] }
/** POST /admin/business-roles and /admin/business-roles/:id */
export type AdminBusinessRoleResponse = { role: BusinessRoleRecord }

/** GET /store/business/units: the caller's units as a tree. */
export type StoreBusinessUnitsResponse = { business_units: StoreBusinessUnit[]; active_business_unit_id: string | null }
/** GET and POST /store/business/units/:id */
export type StoreBusinessUnitResponse = { business_unit: StoreBusinessUnit }

/** The active business context: the unit named by the header (or the customer's only unit). */
export type StoreBusinessContext = { header: string; business_unit: StoreBusinessUnit | null; business_unit_ids: string[] }
/** GET /store/business/context */
export type StoreBusinessContextResponse = { context: StoreBusinessContext }
/** POST /store/business/context: switching always names a unit. */
export type StoreSwitchContextResponse = { context: StoreBusinessContext & { business_unit: StoreBusinessUnit } }

/** GET /admin/business-units/:id/addresses and /store/business/units/:id/addresses */
export type UnitAddressesResponse = { addresses: UnitAddress[] }
/** POST /admin/business-units/:id/addresses(/:address_id) and /store/business/units/:id/addresses(/:address_id) */
export type UnitAddressResponse = { address: UnitAddress }
/** Body of POST /admin/business-units/:id/addresses (all of it) and .../addresses/:address_id (any part). */
export type UnitAddressInput = Omit<UnitAddress, "id" | "is_default_shipping" | "is_default_billing"> & {
  is_default_shipping?: boolean
  is_default_billing?: boolean
}

/** GET /admin/business-units/:id/associates and /store/business/units/:id/associates */
export type AssociatesResponse = { associates: Associate[] }
/** Changing an associate's roles (admin and store), accepting an invite (store). */
export type AssociateResponse = { associate: Associate }
/**
 * GET /store/business/units/:id/invites (every invite of the unit) and
 * /admin/business-units/:id/invites (its pending ones: neither accepted nor revoked, not expired).
 */
export type InvitesResponse = { invites: Invite[] }
/**
 * POST /admin/business-units/:id/invites and /store/business/units/:id/invites (a new invite),
 * /admin/business-units/:id/invites/:invite_id/resend and .../revoke (the invite changed).
 */
export type InviteResponse = { invite: Invite }
