import { ancestry, effectivePermissions, Membership, RoleAssignment, rolesBeyondGrant, UnitNode } from "./access"
import { RoleCatalog } from "./permissions"

/**
 * The role hierarchy between associates (README, "Business units, associates and roles"): an
 * associate manager acts only on assignments whose rights they hold themselves, everywhere
 * those assignments apply, and nobody widens their own rights or reach. Pure functions: the
 * store routes pass the caller's access and the target's memberships and get back a refusal
 * message or null. Merchant (admin) routes do not ask them.
 */

/** Who acts: the caller's memberships, the units of their companies and the role catalog. */
export type Actor = {
  customerId: string
  memberships: Membership[]
  units: Map<string, UnitNode>
  catalog: RoleCatalog
}

/** The unit and every division below it, at any depth. */
export function unitAndDivisions(unitId: string, units: Map<string, UnitNode>): string[] {
  return [...units.keys()].filter((id) => ancestry(id, units).some((unit) => unit.id === unitId))
}

/** Units an assignment made on `unitId` applies in: the unit, and with `inherit` every division below. */
export function reachOf(unitId: string, assignment: RoleAssignment, units: Map<string, UnitNode>): string[] {
  return assignment.inherit ? unitAndDivisions(unitId, units) : [unitId]
}

export function permissionsOfRoles(assignments: RoleAssignment[], catalog: RoleCatalog): Set<string> {
  return new Set(assignments.flatMap((a) => [...(catalog.get(a.role) ?? [])]))
}

const missingFrom = (wanted: Iterable<string>, held: Set<string>) => [...new Set(wanted)].filter((p) => !held.has(p))

/**
 * Assignments on `unitId` the actor does not hold: in some unit the assignment reaches (the
 * unit, and every division below when inherited) the actor lacks one of the role's permissions.
 * Each comes back with `inherited_only` when the actor holds the role in the unit itself and
 * only the inheritance goes beyond their rights.
 */
export function assignmentsBeyondRights(
  assignments: RoleAssignment[],
  unitId: string,
  actor: Actor
): (RoleAssignment & { inherited_only: boolean })[] {
  const held = new Map<string, Set<string>>()
  const permissionsIn = (id: string) => {
    if (!held.has(id)) held.set(id, effectivePermissions(id, actor.units, actor.memberships, actor.catalog))
    return held.get(id)!
  }
  const beyondIn = (assignment: RoleAssignment, id: string) => rolesBeyondGrant([assignment], permissionsIn(id), actor.catalog).length > 0
  return assignments
    .filter((assignment) => reachOf(unitId, assignment, actor.units).some((id) => beyondIn(assignment, id)))
    .map((assignment) => ({ ...assignment, inherited_only: !beyondIn(assignment, unitId) }))
}

const listBeyond = (beyond: (RoleAssignment & { inherited_only: boolean })[]) =>
  beyond.map((a) => (a.inherited_only ? `${a.role} (inherited into divisions where you do not hold its rights)` : a.role)).join(", ")

/** Why the actor may not grant these roles on the unit (an invite, or the new roles of an associate); null when allowed. */
export function grantRefusal(actor: Actor, unitId: string, roles: RoleAssignment[]): string | null {
  const beyond = assignmentsBeyondRights(roles, unitId, actor)
  return beyond.length ? `You cannot grant a role with rights you do not hold: ${listBeyond(beyond)}` : null
}

export type AssociateChange = {
  /** The unit of the associate record (the route's unit). */
  unit_id: string
  /** The associate record: its customer and its current roles on the unit. */
  target: { customer_id: string; roles: RoleAssignment[] }
  /** Every membership of the target's customer: their current effective permissions come from them. */
  target_memberships: Membership[]
  /** The new roles; without them the associate is removed. */
  roles?: RoleAssignment[]
}

/**
 * A caller changing their own record (any record of their own customer) may only keep or
 * shrink it: no permission the record does not already give, no permission inherited into the
 * divisions below that the record does not already pass down, and no role switched from
 * `inherit: false` to `inherit: true`. Leaving (removal) always shrinks.
 */
export function ownChangeRefusal(current: RoleAssignment[], next: RoleAssignment[] | undefined, catalog: RoleCatalog): string | null {
  if (!next) return null
  const added = missingFrom(permissionsOfRoles(next, catalog), permissionsOfRoles(current, catalog))
  if (added.length) {
    return `You cannot raise your own rights: ${added.join(", ")} would be added to your roles in this business unit`
  }
  const inheritedNow = current.filter((a) => a.inherit)
  const passedDown = permissionsOfRoles(inheritedNow, catalog)
  const switched = (a: RoleAssignment) =>
    current.some((c) => c.role === a.role && !c.inherit) && !inheritedNow.some((c) => c.role === a.role)
  const widening = next.filter(
    (a) => a.inherit && (switched(a) || missingFrom(permissionsOfRoles([a], catalog), passedDown).length > 0)
  )
  if (widening.length) {
    return `You cannot extend your own reach: ${[...new Set(widening.map((a) => a.role))].join(", ")} would become inherited into the divisions below`
  }
  return null
}

/**
 * Why the actor may not change (with `roles`) or remove (without) an associate; null when the
 * hierarchy allows it. Refused: an associate whose current effective permissions in the unit
 * are not all the actor's there, or whose current roles reach divisions where the actor lacks
 * their rights; new roles beyond the actor's rights; and any widening of one's own record.
 * (The company keeping an admin and an associate manager is a separate rule, enforced for
 * merchants too: see `keeperLostByChange` in access.ts.)
 */
export function associateChangeRefusal(actor: Actor, change: AssociateChange): string | null {
  const { unit_id: unitId, target, roles } = change
  if (target.customer_id === actor.customerId) {
    const own = ownChangeRefusal(target.roles, roles, actor.catalog)
    if (own) return own
  }
  const theirs = effectivePermissions(unitId, actor.units, change.target_memberships, actor.catalog)
  const mine = effectivePermissions(unitId, actor.units, actor.memberships, actor.catalog)
  const missing = missingFrom(theirs, mine)
  if (missing.length) {
    return `This associate holds rights you do not hold in this business unit (${missing.join(", ")}): only an associate with at least their rights can change or remove them`
  }
  const reachBeyond = assignmentsBeyondRights(target.roles, unitId, actor)
  if (reachBeyond.length) {
    return `This associate's roles reach beyond your rights: ${listBeyond(reachBeyond)}; only an associate with at least their rights can change or remove them`
  }
  return roles ? grantRefusal(actor, unitId, roles) : null
}
