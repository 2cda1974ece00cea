import { Invoice } from "./contract"
import { openAmount } from "./invoice"
import { taxNoteOf } from "./invoice-amounts"
import { daysOverdue } from "./terms"

const MONEY = ["item_subtotal", "shipping_subtotal", "discount_subtotal", "tax_total", "total", "paid_amount"] as const

/** An invoice as the APIs show it: plain numbers, the note of its tax treatment, what is still open and how late it is. */
export function presentInvoice(invoice: Record<string, any>, asOf = new Date()): Invoice {
  const { raw_item_subtotal, raw_shipping_subtotal, raw_discount_subtotal, raw_tax_total, raw_total, raw_paid_amount, ...rest } = invoice
  const shown: Record<string, any> = { ...rest }
  for (const field of MONEY) shown[field] = Number(invoice[field] ?? 0)
  shown.tax_note = taxNoteOf(invoice.tax_treatment ?? null)
  const due = invoice.due_date ? new Date(invoice.due_date) : null
  const open = invoice.status === "paid" ? 0 : openAmount(shown as any)
  shown.open_amount = open
  shown.days_overdue = open > 0 ? daysOverdue(due, asOf) : 0
  if (invoice.payments) {
    shown.payments = invoice.payments.map(({ raw_amount, invoice: _i, ...p }: any) => ({ ...p, amount: Number(p.amount) }))
  }
  return shown as Invoice
}

/**
 * Invoices that belong to a unit: its own, and, on a credit holder, every invoice drawn on its
 * credit (a company's statement covers the divisions that use its limit).
 */
export const invoicesOfUnitFilter = (unitId: string) => ({ $or: [{ business_unit_id: unitId }, { credit_holder_id: unitId }] })
