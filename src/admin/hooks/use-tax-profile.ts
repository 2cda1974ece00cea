import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { AdminTaxProfileResponse } from "../../lib/tax/contract"
import type { TaxProfileChange } from "../../lib/tax/profile"

/** The unit's VAT id and US resale certificate, each with the date the merchant verified it. */
export function useTaxProfile(unitId: string) {
  return useQuery({
    queryKey: queryKeys.taxProfile(unitId),
    queryFn: () => api.get<AdminTaxProfileResponse>(`/admin/business-units/${unitId}/tax-profile`).then((r) => r.tax_profile),
  })
}

export function useSaveTaxProfile(unitId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: TaxProfileChange) =>
      api.post<AdminTaxProfileResponse>(`/admin/business-units/${unitId}/tax-profile`, change).then((r) => r.tax_profile),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.taxProfile(unitId), saved)
      // the unit's details show its VAT id too
      client.invalidateQueries({ queryKey: queryKeys.unit(unitId) })
    },
  })
}
