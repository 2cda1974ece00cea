/** Money with its currency, e.g. "1,234.50 EUR" (amounts from the backend are in major units). */
export function formatMoney(amount: number | null | undefined, currencyCode?: string | null): string {
  if (amount === null || amount === undefined || Number.isNaN(Number(amount))) return "-"
  const code = (currencyCode ?? "").toUpperCase()
  try {
    if (code) {
      return new Intl.NumberFormat(undefined, { style: "currency", currency: code }).format(Number(amount))
    }
  } catch {
    // unknown currency code: fall through to the plain number
  }
  const plain = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount))
  return code ? `${plain} ${code}` : plain
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "-"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })
}

/**
 * A calendar day ("2026-12-07", a day in UTC as recurring orders keep them), e.g. "Dec 7, 2026".
 * Formatted in UTC: in the browser's own time zone it could show the day before.
 */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return "-"
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })
}

/** "2026-12-29" for <input type="date">, from an ISO date. */
export function toDateInputValue(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return date.toISOString().slice(0, 10)
}

/** "snake_case" or "kebab-case" as words: "partially_paid" → "Partially paid". */
export function humanize(value: string | null | undefined): string {
  if (!value) return "-"
  const words = value.replace(/[_-]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Parses a decimal typed by a person ("1.234,5" is not accepted; "1234.5" and "1234,5" are). */
export function parseAmount(input: string): number | null {
  const text = input.trim().replace(",", ".")
  if (!text || !/^\d+(\.\d{1,2})?$/.test(text)) return null
  return Number(text)
}
