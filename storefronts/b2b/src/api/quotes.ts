import { businessFetch, UnitHeaders } from "./client"
import type {
  QuoteAcceptance,
  QuoteMessage,
  QuoteMessageResponse,
  QuoteOrderSummary,
  StoreQuote,
  StoreQuoteResponse,
  StoreQuotesResponse,
} from "../../../../src/lib/quotes/contract"

export type QuoteRequest = { cart_id: string; comment?: string | null; po_number?: string | null }

export type QuoteOrder = QuoteOrderSummary

export async function requestQuote(request: QuoteRequest, headers: UnitHeaders): Promise<StoreQuote> {
  const { quote } = await businessFetch<StoreQuoteResponse>("/quotes", { method: "POST", body: request, headers })
  return quote
}

export async function listQuotes(headers: UnitHeaders): Promise<StoreQuote[]> {
  const { quotes } = await businessFetch<StoreQuotesResponse>("/quotes", { headers })
  return quotes
}

export async function getQuote(id: string, headers: UnitHeaders): Promise<StoreQuote> {
  const { quote } = await businessFetch<StoreQuoteResponse>(`/quotes/${id}`, { headers })
  return quote
}

/**
 * Accepting places the order (accepting twice answers with the same order), or, when the unit's
 * approval rules or the budget ask for it, submits the quote for approval.
 */
export function acceptQuote(id: string, headers: UnitHeaders): Promise<QuoteAcceptance> {
  return businessFetch<QuoteAcceptance>(`/quotes/${id}/accept`, { method: "POST", headers })
}

export async function declineQuote(id: string, comment: string | null, headers: UnitHeaders): Promise<StoreQuote> {
  const { quote } = await businessFetch<StoreQuoteResponse>(`/quotes/${id}/decline`, { method: "POST", body: { comment }, headers })
  return quote
}

export async function renegotiateQuote(id: string, comment: string, headers: UnitHeaders): Promise<StoreQuote> {
  const { quote } = await businessFetch<StoreQuoteResponse>(`/quotes/${id}/renegotiate`, { method: "POST", body: { comment }, headers })
  return quote
}

export async function sendQuoteMessage(id: string, body: string, headers: UnitHeaders): Promise<QuoteMessage> {
  const { message } = await businessFetch<QuoteMessageResponse>(`/quotes/${id}/messages`, { method: "POST", body: { body }, headers })
  return message
}
