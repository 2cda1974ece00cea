import { businessFetch, UnitHeaders } from "./client"
import { Quote, QuoteMessage } from "./types"

export type QuoteRequest = { cart_id: string; comment?: string | null; po_number?: string | null }
export type QuoteOrder = { id: string; display_id: number; total: number; currency_code: string }

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

/** Accepting places the order; accepting twice answers with the same order. */
export async function acceptQuote(id: string, headers: UnitHeaders): Promise<QuoteOrder> {
  const { order } = await businessFetch<{ order: QuoteOrder }>(`/quotes/${id}/accept`, { method: "POST", headers })
  return order
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
