import { sdk } from "../sdk"

/** The header that tells the backend which business unit a request acts in. */
export const BUSINESS_UNIT_HEADER = "x-business-unit-id"

export type UnitHeaders = Record<string, string>

export function headersForUnit(unitId: string | null | undefined): UnitHeaders {
  return unitId ? { [BUSINESS_UNIT_HEADER]: unitId } : {}
}

type BusinessRequest = {
  method?: "GET" | "POST" | "DELETE"
  body?: Record<string, unknown>
  query?: Record<string, unknown>
  headers: UnitHeaders
}

/**
 * A call to the custom /store/business routes. The SDK adds the publishable key and the
 * customer's token; the caller always passes the unit headers so a customer of several units
 * never acts in the wrong one. Backend errors are thrown with the backend's message.
 */
export function businessFetch<T>(path: string, { method = "GET", body, query, headers }: BusinessRequest): Promise<T> {
  return sdk.client.fetch<T>(`/store/business${path}`, { method, body, query, headers })
}

/** The HTTP status of a failed request (404: not found or another company's record), read as data. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" ? status : null
}
