import { sdk } from "./sdk"

type Query = Record<string, string | number | boolean | string[] | undefined | null>

/** Drops empty filters so the backend's validators never see "" or null. */
function cleanQuery(query?: Query): Record<string, unknown> | undefined {
  if (!query) return undefined
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== "")
  return entries.length ? Object.fromEntries(entries) : undefined
}

/** The project's admin API through the JS SDK; a failed call throws with the backend's message. */
export const api = {
  get: <T>(path: string, query?: Query) => sdk.client.fetch<T>(path, { method: "GET", query: cleanQuery(query) }),
  post: <T>(path: string, body: Record<string, unknown> = {}) => sdk.client.fetch<T>(path, { method: "POST", body }),
  delete: <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" }),
}
