import type { BusinessUnit } from "../../lib/business/contract"

export type UnitTreeRow = { unit: BusinessUnit; depth: number; parentName: string | null }

/**
 * Units in tree order: each company followed by its divisions, indented by depth. A unit whose
 * parent is not in the list (filtered out) is shown at the top level, naming its parent.
 */
export function flattenUnitTree(units: BusinessUnit[]): UnitTreeRow[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const children = new Map<string, BusinessUnit[]>()
  const roots: BusinessUnit[] = []
  for (const unit of units) {
    if (unit.parent_id && byId.has(unit.parent_id)) {
      children.set(unit.parent_id, [...(children.get(unit.parent_id) ?? []), unit])
    } else {
      roots.push(unit)
    }
  }
  const rows: UnitTreeRow[] = []
  const visit = (unit: BusinessUnit, depth: number) => {
    rows.push({ unit, depth, parentName: unit.parent_id ? byId.get(unit.parent_id)?.name ?? null : null })
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1)
  }
  roots.forEach((root) => visit(root, 0))
  return rows
}
