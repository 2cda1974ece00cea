import { config, sdk } from "../sdk"

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

/**
 * A refused request with the backend's whole answer: `code` (Medusa's error body carries the
 * code a route refused with), `message`, and whatever else the route adds (e.g. `next_date`).
 * The SDK's own errors keep only the message and status, so routes whose refusals the portal
 * acts on are called through businessFetchRefusable.
 */
export class BusinessRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown>
  ) {
    super(message)
    this.name = "BusinessRefusal"
  }

  get code(): string | null {
    return typeof this.body.code === "string" ? this.body.code : null
  }
}

/**
 * businessFetch for routes that refuse with codes: the same key, token and unit headers the SDK
 * sends, and on refusal a BusinessRefusal with the answer's body (so `code` is read as data).
 */
export async function businessFetchRefusable<T>(path: string, { method = "GET", body, query, headers }: BusinessRequest): Promise<T> {
  const url = new URL(`${config.backendUrl.replace(/\/$/, "")}/store/business${path}`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value))
  }
  const token = await sdk.client.getToken()
  const response = await fetch(url, {
    method,
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "x-publishable-api-key": config.publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    const message = typeof answer.message === "string" ? answer.message : response.statusText || "The request was refused"
    throw new BusinessRefusal(message, response.status, answer)
  }
  return answer as T
}

/** The refusal code of a failed request when it is one of `codes`, else null (read as data, never from the message). */
export function refusalCodeOf<Code extends string>(error: unknown, codes: readonly Code[]): Code | null {
  const code = error instanceof BusinessRefusal ? error.code : null
  return code !== null && (codes as readonly string[]).includes(code) ? (code as Code) : null
}
