import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { queryKeys } from "../lib/query-keys"

/** Customer groups to point a unit at (Medusa's own admin API). */
export function useCustomerGroupOptions(q: string) {
  return useQuery({
    queryKey: queryKeys.customerGroups(q),
    queryFn: () => sdk.admin.customerGroup.list({ q: q || undefined, limit: 50, fields: "id,name" }).then((r) => r.customer_groups),
  })
}

export type PriceListOption = { id: string; title: string; status: string; type: string; rules?: Record<string, string[]> | null }

/** Price lists that can become a unit's negotiated prices, with their rules. */
export function usePriceListOptions(q: string) {
  return useQuery({
    queryKey: queryKeys.priceLists(q),
    queryFn: () =>
      sdk.admin.priceList
        .list({ q: q || undefined, limit: 100, fields: "id,title,status,type,*price_list_rules" })
        .then((r) => r.price_lists as unknown as PriceListOption[]),
  })
}

/** The price lists whose rules name the customer group (a company's negotiated prices). */
export const priceListsOfGroup = (lists: PriceListOption[], groupId: string | undefined) =>
  groupId ? lists.filter((l) => (l.rules?.["customer.groups.id"] ?? []).includes(groupId)) : []
