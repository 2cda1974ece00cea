import { startOfUtcDay } from "./terms"

export const INVOICE_STATUSES = ["open", "partially_paid", "paid", "overdue", "void"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/** Statuses whose open amount counts against the credit limit. */
export const UNPAID_STATUSES: InvoiceStatus[] = ["open", "partially_paid", "overdue"]

const cents = (n: number) => Math.round(n * 100) / 100

/** INV-2026-000042: sequential per year, zero-padded so numbers sort as text. */
export function invoiceNumber(year: number, sequence: number): string {
  return `INV-${year}-${String(sequence).padStart(6, "0")}`
}

export function openAmount(invoice: { total: number; paid_amount: number; status: InvoiceStatus }): number {
  return invoice.status === "void" ? 0 : Math.max(0, cents(Number(invoice.total) - Number(invoice.paid_amount)))
}

/** The status an invoice has after its payments, on a given day: paid beats overdue beats partially paid. */
export function invoiceStatusOn(invoice: { total: number; paid_amount: number; due_date: Date | null }, asOf: Date): InvoiceStatus {
  if (cents(Number(invoice.paid_amount)) >= cents(Number(invoice.total))) return "paid"
  if (invoice.due_date && startOfUtcDay(new Date(invoice.due_date)) < startOfUtcDay(asOf)) return "overdue"
  return Number(invoice.paid_amount) > 0 ? "partially_paid" : "open"
}

/** Why a payment cannot be recorded on this invoice, or null when it can. */
export function paymentRefusal(invoice: { number: string; total: number; paid_amount: number; status: InvoiceStatus; currency_code: string }, amount: number): string | null {
  if (invoice.status === "void") return `Invoice ${invoice.number} is void and takes no payments`
  if (invoice.status === "paid") return `Invoice ${invoice.number} is already paid`
  const open = openAmount(invoice)
  if (cents(amount) > open) {
    return `The payment (${cents(amount).toFixed(2)} ${invoice.currency_code.toUpperCase()}) exceeds the open amount of invoice ${invoice.number} (${open.toFixed(2)} ${invoice.currency_code.toUpperCase()})`
  }
  return null
}

/** Why an invoice cannot be voided by hand, or null. Cancelling the order voids it regardless. */
export function voidRefusal(invoice: { number: string; paid_amount: number; status: InvoiceStatus }): string | null {
  if (invoice.status === "void") return `Invoice ${invoice.number} is already void`
  if (Number(invoice.paid_amount) > 0) {
    return `Invoice ${invoice.number} has recorded payments; cancel the order to void it and refund the payments`
  }
  return null
}

/** Invoices that the overdue job moves to "overdue" on a given day. */
export function becameOverdue<T extends { status: InvoiceStatus; due_date: Date | null; total: number; paid_amount: number }>(invoices: T[], asOf: Date): T[] {
  return invoices.filter((i) => (i.status === "open" || i.status === "partially_paid") && invoiceStatusOn(i, asOf) === "overdue")
}
