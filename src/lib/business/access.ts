import { ADMIN_ROLE, Permission, RoleCatalog } from "./permissions"

/**
 * Effective permissions of one customer in the business-unit tree. Pure functions: the
 * middleware feeds them the customer's memberships, the units of the companies involved and
 * the role catalog, so the rules can be read and tested without a database.
 */

export const MAX_DEPTH = 5

export type UnitNode = { id: string; parent_id: string | null; status?: string }

/** A role given on a unit; with `inherit` it also applies in every division below the unit. */
export type RoleAssignment = { role: string; inherit: boolean }

export type Membership = { associate_id: string; unit_id: string; roles: RoleAssignment[] }

/** The unit and its ancestors, nearest first (cycles and missing parents end the walk). */
export function ancestry(unitId: string, units: Map<string, UnitNode>): UnitNode[] {
  const chain: UnitNode[] = []
  const seen = new Set<string>()
  let current = units.get(unitId)
  while (current && !seen.has(current.id)) {
    chain.push(current)
    seen.add(current.id)
    current = current.parent_id ? units.get(current.parent_id) : undefined
  }
  return chain
}

/** Level of a unit: a company is level 1, its divisions 2, and so on. */
export function levelOf(unitId: string, units: Map<string, UnitNode>): number {
  return ancestry(unitId, units).length
}

/** Whether a division may be created below `parentId` without passing MAX_DEPTH levels. */
export function canNestBelow(parentId: string, units: Map<string, UnitNode>): boolean {
  return levelOf(parentId, units) < MAX_DEPTH
}

/** Role handles that apply on a unit: those given on it, and inherited ones from above. */
export function effectiveRoles(unitId: string, units: Map<string, UnitNode>, memberships: Membership[]): string[] {
  const roles = new Set<string>()
  ancestry(unitId, units).forEach((unit, distance) => {
    for (const membership of memberships) {
      if (membership.unit_id !== unit.id) continue
      for (const assignment of membership.roles) {
        if (distance === 0 || assignment.inherit) roles.add(assignment.role)
      }
    }
  })
  return [...roles]
}

export function effectivePermissions(
  unitId: string,
  units: Map<string, UnitNode>,
  memberships: Membership[],
  catalog: RoleCatalog
): Set<Permission> {
  const permissions = new Set<Permission>()
  for (const role of effectiveRoles(unitId, units, memberships)) {
    for (const permission of catalog.get(role) ?? []) permissions.add(permission)
  }
  return permissions
}

/** The associate record that speaks for the customer in a unit: its own, else the nearest one above. */
export function actingMembership(unitId: string, units: Map<string, UnitNode>, memberships: Membership[]) {
  for (const unit of ancestry(unitId, units)) {
    const found = memberships.find((m) => m.unit_id === unit.id)
    if (found) return found
  }
  return undefined
}

/** Every unit where the customer holds at least one role, directly or by inheritance. */
export function accessibleUnitIds(units: Map<string, UnitNode>, memberships: Membership[]): string[] {
  return [...units.keys()].filter((id) => effectiveRoles(id, units, memberships).length > 0)
}

/**
 * Whether removing or demoting one holder leaves a company with none at its top unit. Used for
 * both keepers (`keeperLostByChange`): holders of the admin role, holders of `associates.manage`.
 */
export function leavesCompanyWithoutAdmin(
  companyAdmins: { associate_id: string }[],
  affectedAssociateId: string
): boolean {
  return companyAdmins.every((admin) => admin.associate_id === affectedAssociateId)
}

/** What a company always keeps on its top unit: an admin, and someone allowed to manage associates. */
export type CompanyKeeper = typeof ADMIN_ROLE | "associates.manage"

/**
 * The keeper a change to an associate of a company's top unit would leave the company without,
 * or null. `roles` are the associate's new roles; without them the associate is removed. Only an
 * associate who holds the admin role (or a role with `associates.manage`) and would lose it counts,
 * and only when nobody else on the top unit holds it.
 */
export function keeperLostByChange(
  topUnitAssociates: { associate_id: string; roles: RoleAssignment[] }[],
  change: { associate_id: string; roles?: RoleAssignment[] },
  catalog: RoleCatalog
): CompanyKeeper | null {
  const keepers: [CompanyKeeper, (roles: RoleAssignment[]) => boolean][] = [
    [ADMIN_ROLE, (roles) => roles.some((r) => r.role === ADMIN_ROLE)],
    ["associates.manage", (roles) => roles.some((r) => (catalog.get(r.role) ?? []).includes("associates.manage"))],
  ]
  const affected = topUnitAssociates.find((a) => a.associate_id === change.associate_id)
  for (const [keeper, holds] of keepers) {
    if (!affected || !holds(affected.roles) || (change.roles && holds(change.roles))) continue
    const holders = topUnitAssociates.filter((a) => holds(a.roles))
    if (leavesCompanyWithoutAdmin(holders, change.associate_id)) return keeper
  }
  return null
}

/** A unit can order only when it and every unit above it are active. */
export function isUnitActive(unitId: string, units: Map<string, UnitNode>): boolean {
  const chain = ancestry(unitId, units)
  return chain.length > 0 && chain.every((unit) => unit.status !== "inactive")
}

/** Role assignments are stored as a JSON list; anything else reads as no roles. */
export function rolesOf(json: unknown): RoleAssignment[] {
  return Array.isArray(json) ? (json as RoleAssignment[]) : []
}

/** The DML JSON column is typed as an object; a list of assignments is stored as is. */
export const rolesJson = (roles: RoleAssignment[]) => roles as unknown as Record<string, unknown>

/**
 * Roles a caller may hand out: only those whose every permission the caller holds in the unit,
 * so managing associates never becomes a way to raise one's own rights.
 */
export function rolesBeyondGrant(
  requested: RoleAssignment[],
  callerPermissions: Set<string>,
  catalog: Map<string, readonly string[]>
): string[] {
  return requested
    .map((r) => r.role)
    .filter((role) => (catalog.get(role) ?? []).some((permission) => !callerPermissions.has(permission)))
}
