import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type { Invoice, InvoiceResponse, InvoicesResponse, InvoiceStatus } from "../../lib/net-terms/contract"

export type InvoiceFilters = {
  status?: InvoiceStatus
  business_unit_id?: string
  overdue?: boolean
  q?: string
  limit: number
  offset: number
}

export function useInvoices(filters: InvoiceFilters, options: { enabled?: boolean } = {}) {
  const { overdue, ...rest } = filters
  return useQuery({
    queryKey: queryKeys.invoiceList(filters),
    queryFn: () => api.get<InvoicesResponse>("/admin/invoices", { ...rest, overdue: overdue ? "true" : undefined }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })
}

const UNPAID: InvoiceStatus[] = ["open", "partially_paid", "overdue"]

/** Every unpaid invoice (pages of 100, up to 2,000), for the aging summary. */
export function useUnpaidInvoices(businessUnitId?: string) {
  return useQuery({
    queryKey: queryKeys.invoiceList({ unpaid: true, business_unit_id: businessUnitId }),
    queryFn: async () => {
      const invoices: Invoice[] = []
      for (let page = 0; page < 20; page++) {
        const res = await api.get<InvoicesResponse>("/admin/invoices", {
          status: UNPAID,
          business_unit_id: businessUnitId,
          limit: 100,
          offset: page * 100,
        })
        invoices.push(...res.invoices)
        if (invoices.length >= res.count || res.invoices.length < 100) break
      }
      return invoices
    },
  })
}

export function useInvoice(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.invoice(id ?? ""),
    queryFn: () => api.get<InvoiceResponse>(`/admin/invoices/${id}`).then((r) => r.invoice),
    enabled: !!id,
  })
}

function useInvoiceMutation<TInput>(id: string, send: (input: TInput) => Promise<InvoiceResponse>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: TInput) => send(input).then((r) => r.invoice),
    onSuccess: (invoice) => {
      client.setQueryData(queryKeys.invoice(id), invoice)
      client.invalidateQueries({ queryKey: queryKeys.invoices })
      // credit used / available and statements change with payments and voids
      client.invalidateQueries({ queryKey: queryKeys.units })
    },
  })
}

export const useRecordInvoicePayment = (id: string) =>
  useInvoiceMutation(id, (input: { amount: number; reference?: string }) =>
    api.post<InvoiceResponse>(`/admin/invoices/${id}/payments`, input)
  )

export const useVoidInvoice = (id: string) =>
  useInvoiceMutation(id, (reason: string) => api.post<InvoiceResponse>(`/admin/invoices/${id}/void`, { reason }))

