import { sdk } from "../sdk"
import { businessFetch, UnitHeaders } from "./client"
import type { InvoicesResponse, Statement, StatementResponse } from "../../../../src/lib/net-terms/contract"

export function listInvoices(unitId: string, page: { limit: number; offset: number }, headers: UnitHeaders) {
  return businessFetch<InvoicesResponse>(`/units/${unitId}/invoices`, { query: page, headers })
}

export async function getStatement(unitId: string, headers: UnitHeaders): Promise<Statement> {
  const { statement } = await businessFetch<StatementResponse>(`/units/${unitId}/statement`, { headers })
  return statement
}

/**
 * The invoice PDF as a file, from its store route (storeInvoicePdfPath, or the `pdf_url` an
 * order's page gets). Asking for application/pdf makes the SDK hand back the raw response (it
 * parses only JSON answers), still with the publishable key and the token.
 */
export async function fetchInvoicePdf(path: string, headers: UnitHeaders): Promise<Blob> {
  const response = await sdk.client.fetch<Response>(path, { headers: { ...headers, accept: "application/pdf" } })
  return response.blob()
}
