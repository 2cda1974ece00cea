import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { AdminPaymentTermsResponse, PaymentTermsInput, StatementResponse } from "../../lib/net-terms/contract"

/** The unit's own terms, what applies after inheritance, and its credit limit / used / available. */
export function usePaymentTerms(unitId: string) {
  return useQuery({
    queryKey: queryKeys.paymentTerms(unitId),
    queryFn: () => api.get<AdminPaymentTermsResponse>(`/admin/business-units/${unitId}/payment-terms`).then((r) => r.payment_terms),
  })
}

export function useSavePaymentTerms(unitId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: PaymentTermsInput) =>
      api.post<AdminPaymentTermsResponse>(`/admin/business-units/${unitId}/payment-terms`, input).then((r) => r.payment_terms),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.paymentTerms(unitId), saved)
      // divisions inherit terms and statements show the credit: refresh every unit's view
      client.invalidateQueries({ queryKey: queryKeys.units })
    },
  })
}

/** Open invoices with aging buckets, and the credit limit, used and available. */
export function useStatement(unitId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.statement(unitId ?? ""),
    queryFn: () => api.get<StatementResponse>(`/admin/business-units/${unitId}/statement`).then((r) => r.statement),
    enabled: !!unitId,
  })
}
