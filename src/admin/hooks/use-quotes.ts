import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { queryKeys } from "../lib/query-keys"
import type {
  AdminQuoteResponse,
  AdminQuotesResponse,
  QuoteMessageResponse,
  QuoteMessagesResponse,
  QuoteOfferInput,
  QuoteStatus,
} from "../../lib/quotes/contract"

export type QuoteFilters = { status?: QuoteStatus; business_unit_id?: string; limit: number; offset: number }

export function useQuotes(filters: QuoteFilters) {
  return useQuery({
    queryKey: queryKeys.quoteList(filters),
    queryFn: () => api.get<AdminQuotesResponse>("/admin/quotes", filters),
    placeholderData: (previous) => previous,
  })
}

export function useQuote(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.quote(id ?? ""),
    queryFn: () => api.get<AdminQuoteResponse>(`/admin/quotes/${id}`).then((r) => r.quote),
    enabled: !!id,
  })
}

/** After a change the backend answers with the whole quote: keep it and refresh the lists. */
function useQuoteMutation<TInput>(id: string, send: (input: TInput) => Promise<AdminQuoteResponse>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: TInput) => send(input).then((r) => r.quote),
    onSuccess: (quote) => {
      client.setQueryData(queryKeys.quote(id), quote)
      client.invalidateQueries({ queryKey: queryKeys.quotes })
    },
  })
}

export const useSaveQuoteOffer = (id: string) =>
  useQuoteMutation(id, (input: QuoteOfferInput) => api.post<AdminQuoteResponse>(`/admin/quotes/${id}`, input))

export const useSendQuote = (id: string) =>
  useQuoteMutation(id, (comment: string | null) => api.post<AdminQuoteResponse>(`/admin/quotes/${id}/send`, comment ? { comment } : {}))

export const useWithdrawQuote = (id: string) =>
  useQuoteMutation(id, (comment: string | null) => api.post<AdminQuoteResponse>(`/admin/quotes/${id}/withdraw`, comment ? { comment } : {}))

export function useQuoteMessages(id: string) {
  return useQuery({
    queryKey: queryKeys.quoteMessages(id),
    queryFn: () => api.get<QuoteMessagesResponse>(`/admin/quotes/${id}/messages`).then((r) => r.messages),
  })
}

export function usePostQuoteMessage(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: string) => api.post<QuoteMessageResponse>(`/admin/quotes/${id}/messages`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.quoteMessages(id) }),
  })
}
