import { useState } from "react"
import { errorMessage } from "@storefronts/shared"
import { useUnitSession } from "../session/session-context"

/**
 * Divisions are indented under their company (non-breaking spaces: a select shows no padding),
 * so the tree reads in a plain select and each label, trimmed, is still the unit's name.
 */
const indent = (depth: number) => "\u00a0".repeat(4 * depth)

export function UnitSwitcher() {
  const { units, activeUnit, switchUnit } = useUnitSession()
  const [switching, setSwitching] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onChange(unitId: string) {
    setSwitching(true)
    setError(null)
    try {
      await switchUnit(unitId)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setSwitching(false)
    }
  }

  return (
    <span className="unit-switcher">
      <label className="visually-hidden" htmlFor="unit-switcher">Switch business unit</label>
      <select id="unit-switcher" data-testid="unit-switcher" value={activeUnit.id} disabled={switching} onChange={(e) => void onChange(e.target.value)}>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {indent(unit.depth) + unit.name}
          </option>
        ))}
      </select>
      {error && <span className="error inline-error" role="alert">{error}</span>}
    </span>
  )
}
