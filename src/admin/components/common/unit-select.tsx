import { useMemo } from "react"
import { useBusinessUnits } from "../../hooks/use-business-units"
import { flattenUnitTree } from "../../lib/unit-tree"
import { OptionSelect } from "./option-select"

/** Picks a business unit from the tree (divisions indented under their company). */
export function UnitSelect({
  value,
  onChange,
  emptyLabel,
  placeholder = "Business unit",
  testId,
  id,
  excludeId,
}: {
  value: string
  onChange: (id: string) => void
  emptyLabel?: string
  placeholder?: string
  testId?: string
  id?: string
  excludeId?: string
}) {
  const { data: units, isLoading } = useBusinessUnits()
  const options = useMemo(
    () =>
      flattenUnitTree(units ?? [])
        .filter((row) => row.unit.id !== excludeId)
        .map((row) => ({ value: row.unit.id, label: row.unit.name, indent: row.depth })),
    [units, excludeId]
  )
  return (
    <OptionSelect
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      emptyLabel={emptyLabel}
      placeholder={isLoading ? "Loading units…" : placeholder}
      testId={testId}
    />
  )
}
