import { useMemo } from "react"
import { useBusinessUnits } from "./use-business-units"

/** id → name of every business unit (for lists that only carry the unit id). */
export function useUnitNames(): Map<string, string> {
  const { data } = useBusinessUnits()
  return useMemo(() => new Map((data ?? []).map((u) => [u.id, u.name])), [data])
}
