import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { Associate, AssociatesResponse, BusinessUnit } from "../../lib/business/contract"
import { fetchAllUnits } from "./use-business-units"

export type Membership = { unit: BusinessUnit; associate: Associate }

/** Runs `work` over `items`, a few at a time. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))))
  }
  return results
}

/**
 * A customer's memberships in business units. The admin API has no "units of a customer" route,
 * so every unit's associates are read and filtered on the customer id.
 */
export function useCustomerMemberships(customerId: string) {
  return useQuery({
    queryKey: queryKeys.memberships(customerId),
    queryFn: async (): Promise<Membership[]> => {
      const units = await fetchAllUnits()
      const perUnit = await inBatches(units, 6, async (unit) => {
        const { associates } = await api.get<AssociatesResponse>(`/admin/business-units/${unit.id}/associates`)
        return associates.filter((a) => a.customer_id === customerId).map((associate) => ({ unit, associate }))
      })
      return perUnit.flat()
    },
  })
}
