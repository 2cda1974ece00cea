import type { StoreBusinessUnit } from "../../../../src/lib/business/contract"

/** A unit of the customer's tree, flattened in tree order, with how deep it sits (0 = company). */
export type PortalUnit = StoreBusinessUnit & { depth: number }

export function flattenUnits(tree: StoreBusinessUnit[], depth = 0): PortalUnit[] {
  return tree.flatMap((unit) => [{ ...unit, depth }, ...flattenUnits(unit.divisions ?? [], depth + 1)])
}

const ACTIVE_UNIT_KEY = "b2b_unit_id"

export function readStoredUnitId(): string | null {
  return localStorage.getItem(ACTIVE_UNIT_KEY)
}

export function storeUnitId(unitId: string): void {
  localStorage.setItem(ACTIVE_UNIT_KEY, unitId)
}

/** The remembered unit if the customer still belongs to it, else the first (top-most) one. */
export function pickActiveUnit(units: PortalUnit[], storedId: string | null): PortalUnit | null {
  return units.find((u) => u.id === storedId) ?? units[0] ?? null
}

/** The unit's default shipping address, if it has one. */
export function defaultShippingAddress(unit: StoreBusinessUnit) {
  return unit.addresses?.find((a) => a.is_default_shipping) ?? null
}
