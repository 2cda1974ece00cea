import { businessFetch, UnitHeaders } from "./client"
import { Quote, QuoteMessage } from "./types"
import type { QuoteAcceptance, QuoteOrderSummary } from "../../../../src/lib/quotes/acceptance"

export type QuoteRequest = { cart_id: string; comment?: string | null; po_number?: string | null }

export type QuoteOrder = QuoteOrderSummary

export async function requestQuote(request: QuoteRequest, headers: UnitHeaders): Promise<Quote> {
  const { quote } = await businessFetch<{ quote: Quote }>("/quotes", { method: "POST", body: request, headers })
  return quote
}

export async function listQuotes(headers: UnitHeaders): Promise<Quote[]> {
  const { quotes } = await businessFetch<{ quotes: Quote[] }>("/quotes", { headers })
  return quotes
}

export async function getQuote(id: string, headers: UnitHeaders): Promise<Quote> {
  const { quote } = await businessFetch<{ quote: Quote }>(`/quotes/${id}`, { headers })
  return quote
}

/**
 * Accepting places the order (accepting twice answers with the same order), or, when the unit's
 * approval rules or the budget ask for it, submits the quote for approval.
 */
export function acceptQuote(id: string, headers: UnitHeaders): Promise<QuoteAcceptance> {
  return businessFetch<QuoteAcceptance>(`/quotes/${id}/accept`, { method: "POST", headers })
}

export async function declineQuote(id: string, comment: string | null, headers: UnitHeaders): Promise<Quote> {
  const { quote } = await businessFetch<{ quote: Quote }>(`/quotes/${id}/decline`, { method: "POST", body: { comment }, headers })
  return quote
}

export async function renegotiateQuote(id: string, comment: string, headers: UnitHeaders): Promise<Quote> {
  const { quote } = await businessFetch<{ quote: Quote }>(`/quotes/${id}/renegotiate`, { method: "POST", body: { comment }, headers })
  return quote
}

export async function sendQuoteMessage(id: string, body: string, headers: UnitHeaders): Promise<QuoteMessage> {
  const { message } = await businessFetch<{ message: QuoteMessage }>(`/quotes/${id}/messages`, { method: "POST", body: { body }, headers })
  return message
}
