import { BusinessContext } from "../../utils/business-context"
import { effectiveRoles } from "../../../lib/business/access"
import { Associate, Invite, StoreBusinessUnit } from "../../../lib/business/contract"

/** How a unit is shown to one of its associates: with the caller's own roles and permissions. */
export function presentUnit(unit: Record<string, any>, business: BusinessContext): StoreBusinessUnit {
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.parent_id ? "division" : "company",
    status: unit.status,
    parent_id: unit.parent_id,
    company_id: unit.company_id ?? unit.id,
    email: unit.email ?? null,
    phone: unit.phone ?? null,
    tax_id: unit.tax_id ?? null,
    currency_code: unit.currency_code ?? null,
    can_order: business.isActive(unit.id),
    addresses: unit.addresses ?? undefined,
    my_roles: effectiveRoles(unit.id, business.access.units, business.access.memberships),
    my_permissions: [...business.permissionsIn(unit.id)].sort(),
  }
}

type Tree<T> = T & { divisions: Tree<T>[] }

/** Nests units under their parents; a unit whose parent the caller cannot see becomes a root. */
export function asTree<T extends { id: string; parent_id: string | null }>(units: T[]): Tree<T>[] {
  const byId = new Map(units.map((u) => [u.id, { ...u, divisions: [] as Tree<T>[] }]))
  const roots: Tree<T>[] = []
  for (const unit of byId.values()) {
    const parent = unit.parent_id ? byId.get(unit.parent_id) : undefined
    ;(parent ? parent.divisions : roots).push(unit)
  }
  return roots
}

export function presentAssociate(associate: Record<string, any>): Associate {
  return {
    id: associate.id,
    business_unit_id: associate.business_unit_id ?? associate.business_unit?.id,
    customer_id: associate.customer_id,
    email: associate.email,
    roles: associate.roles,
    created_at: associate.created_at,
  }
}

export function presentInvite(invite: Record<string, any>): Invite {
  return {
    id: invite.id,
    business_unit_id: invite.business_unit_id,
    email: invite.email,
    roles: invite.roles,
    status: invite.status,
    expires_at: invite.expires_at,
    accepted_at: invite.accepted_at,
    created_at: invite.created_at,
  }
}
