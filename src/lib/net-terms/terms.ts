/**
 * Payment terms and credit, as pure functions: the due date of an invoice, the aging of open
 * invoices, and whether an order fits the credit still available.
 */
export const PAYMENT_TERMS = ["net_7", "net_15", "net_30", "net_45", "net_60", "net_90", "due_on_fulfillment"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

const DAY = 24 * 60 * 60 * 1000

/**
 * Net N: N days after the invoice date (whole UTC days). Due on fulfilment: the fulfilment date,
 * or null while the order is not fulfilled.
 */
export function dueDate(terms: PaymentTerms, issuedAt: Date, fulfilledAt: Date | null = null): Date | null {
  if (terms === "due_on_fulfillment") return fulfilledAt ? startOfUtcDay(fulfilledAt) : null
  const days = Number(terms.slice(4))
  return new Date(startOfUtcDay(issuedAt).getTime() + days * DAY)
}

export const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))

export const AGING_BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"] as const
export type AgingBucket = (typeof AGING_BUCKETS)[number]

/** Whole days past due on `asOf` (0 when not yet due or no due date). */
export function daysOverdue(due: Date | null, asOf: Date): number {
  if (!due) return 0
  return Math.max(0, Math.floor((startOfUtcDay(asOf).getTime() - startOfUtcDay(due).getTime()) / DAY))
}

export function agingBucket(due: Date | null, asOf: Date): AgingBucket {
  const days = daysOverdue(due, asOf)
  if (days === 0) return "current"
  if (days <= 30) return "1-30"
  if (days <= 60) return "31-60"
  if (days <= 90) return "61-90"
  return "90+"
}

/** Open amounts per aging bucket, rounded to cents. */
export function agingReport(invoices: { open_amount: number; due_date: Date | null }[], asOf: Date) {
  const report = Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, number>
  for (const invoice of invoices) {
    const bucket = agingBucket(invoice.due_date, asOf)
    report[bucket] = Math.round((report[bucket] + invoice.open_amount) * 100) / 100
  }
  return report
}

/**
 * Credit: receivables are unpaid invoice amounts plus authorized, not yet invoiced net-terms
 * payments. An order fits when receivables + order ≤ limit.
 */
export function creditPosition(limit: number, unpaidInvoices: number, authorizedUninvoiced: number) {
  const used = Math.round((unpaidInvoices + authorizedUninvoiced) * 100) / 100
  return { limit, used, available: Math.round((limit - used) * 100) / 100 }
}

/** Why an order does not fit the credit, or null when it does. */
export function creditRefusal(position: { limit: number; available: number }, orderTotal: number, currency: string): string | null {
  if (orderTotal <= position.available) return null
  const cur = currency.toUpperCase()
  return `This order (${orderTotal.toFixed(2)} ${cur}) exceeds the credit available on net terms (${position.available.toFixed(2)} ${cur} of a ${position.limit.toFixed(2)} ${cur} limit)`
}
