import { useQuery } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Product categories (Medusa's admin API), for approval rule conditions. */
export function useProductCategories() {
  return useQuery({
    queryKey: queryKeys.categories,
    queryFn: () =>
      sdk.admin.productCategory.list({ limit: 200, fields: "id,name,handle" }).then((r) => r.product_categories as { id: string; name: string; handle: string }[]),
  })
}

export type CustomerName = { id: string; email: string; first_name: string | null; last_name: string | null }

/** Names and emails of the given customers, by id (approval trails store customer ids). */
export function useCustomerNames(ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))].sort()
  return useQuery({
    queryKey: queryKeys.customers(unique),
    queryFn: async () => {
      const { customers } = await sdk.admin.customer.list({ id: unique, limit: unique.length, fields: "id,email,first_name,last_name" })
      return new Map((customers as CustomerName[]).map((c) => [c.id, c]))
    },
    enabled: unique.length > 0,
  })
}

export const customerLabel = (customer: CustomerName | undefined, fallback: string) =>
  customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email : fallback
