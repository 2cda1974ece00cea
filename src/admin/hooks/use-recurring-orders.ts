import { useQuery } from "@tanstack/react-query"
import type { AdminRecurringOrdersResponse } from "../../lib/recurring-orders/contract"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"

/** The unit's recurring orders with their owners, lines and runs (read-only: the associates keep them in the B2B portal). */
export function useUnitRecurringOrders(unitId: string) {
  return useQuery({
    queryKey: queryKeys.unitRecurringOrders(unitId),
    queryFn: () => api.get<AdminRecurringOrdersResponse>(`/admin/business-units/${unitId}/recurring-orders`).then((r) => r.recurring_orders),
  })
}
