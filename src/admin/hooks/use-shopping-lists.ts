import { useQuery } from "@tanstack/react-query"
import type { AdminShoppingListsResponse } from "../../lib/shopping-lists/contract"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"

/** The unit's shopping lists with their owners and items (read-only: the associates keep them in the B2B portal). */
export function useUnitShoppingLists(unitId: string) {
  return useQuery({
    queryKey: queryKeys.unitShoppingLists(unitId),
    queryFn: () => api.get<AdminShoppingListsResponse>(`/admin/business-units/${unitId}/shopping-lists`).then((r) => r.shopping_lists),
  })
}
