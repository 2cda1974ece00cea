/** Dates as business buyers read them on documents: 12 Mar 2026. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "–"
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" }).format(new Date(value))
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "–"
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(value))
}

/** "net_30" → "Net 30", "due_on_fulfillment" → "Due on fulfillment". */
export function formatTerms(terms: string | null | undefined): string {
  if (!terms) return "–"
  const net = /^net_(\d+)$/.exec(terms)
  if (net) return `Net ${net[1]}`
  const words = terms.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Status keys ("partially_paid") in words ("Partially paid"). */
export function humanize(value: string): string {
  const words = value.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A short, stable reference for records that have no number of their own (quotes, approvals). */
export function shortRef(id: string): string {
  return id.slice(-8).toUpperCase()
}
