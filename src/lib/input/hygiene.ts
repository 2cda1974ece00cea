/**
 * What the backend accepts as text, money, currencies and dates, as plain rules shared by the
 * zod layer of every custom route (src/api/utils/input.ts) and the request-wide guard against
 * control characters (src/api/utils/input-guard.ts).
 */

/** C0 control characters except tab, line feed and carriage return; NUL breaks PostgreSQL text. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export const hasControlCharacters = (value: string) => CONTROL_CHARACTERS.test(value)

/** The first path (`items.0.title`) in a parsed body or query whose string holds a control character, or null. */
export function controlCharacterPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return hasControlCharacters(value) ? path.join(".") || "(value)" : null
  if (depth > 20 || value === null || typeof value !== "object") return null
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (hasControlCharacters(key)) return [...path, "(key)"].join(".")
    const found = controlCharacterPath(inner, [...path, key], depth + 1)
    if (found) return found
  }
  return null
}

// Intl.supportedValuesOf is in Node 18+, but not in the ES2022 lib this project compiles against.
const intl = Intl as unknown as { supportedValuesOf(key: "currency"): string[] }

/** ISO 4217 currency codes this runtime knows (Node's ICU data), lower-case as Medusa stores them. */
const ISO_CURRENCIES = new Set(intl.supportedValuesOf("currency").map((c) => c.toLowerCase()))

export const isIsoCurrency = (code: string) => ISO_CURRENCIES.has(code.toLowerCase())

/** The largest amount any money field takes: far above any real order, far below float trouble. */
export const MAX_AMOUNT = 1_000_000_000

/** Whether an amount is a real money amount: finite, within bounds, at most two decimals. */
export function isMoneyAmount(n: number): boolean {
  return Number.isFinite(n) && n >= 0 && n <= MAX_AMOUNT && Math.abs(Math.round(n * 100) - n * 100) < 1e-6
}

/** Dates the shop deals in: from 2000 to ten years ahead. */
export const EARLIEST_DATE = new Date(Date.UTC(2000, 0, 1))
export const latestDate = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear() + 10, now.getUTCMonth(), now.getUTCDate()))

export const isSaneDate = (d: Date, now = new Date()) => !Number.isNaN(d.getTime()) && d >= EARLIEST_DATE && d <= latestDate(now)
