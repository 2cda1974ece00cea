import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openAmount, UNPAID_STATUSES } from "../../../lib/net-terms/invoice"
import { renderInvoicePdf } from "../../../lib/net-terms/invoice-pdf"
import { agingBucket, agingReport, daysOverdue } from "../../../lib/net-terms/terms"
import { creditPositionOf, netTermsService, termsOfUnit } from "./terms-of-unit"

const MONEY = ["subtotal", "shipping_total", "discount_total", "tax_total", "total", "paid_amount"] as const

/** An invoice as the APIs show it: plain numbers, what is still open and how late it is. */
export function presentInvoice(invoice: Record<string, any>, asOf = new Date()) {
  const { raw_subtotal, raw_shipping_total, raw_discount_total, raw_tax_total, raw_total, raw_paid_amount, ...rest } = invoice
  const shown: Record<string, any> = { ...rest }
  for (const field of MONEY) shown[field] = Number(invoice[field] ?? 0)
  const due = invoice.due_date ? new Date(invoice.due_date) : null
  const open = invoice.status === "paid" ? 0 : openAmount(shown as any)
  shown.open_amount = open
  shown.days_overdue = open > 0 ? daysOverdue(due, asOf) : 0
  if (invoice.payments) {
    shown.payments = invoice.payments.map(({ raw_amount, invoice: _i, ...p }: any) => ({ ...p, amount: Number(p.amount) }))
  }
  return shown
}

/**
 * Invoices that belong to a unit: its own, and, on a credit holder, every invoice drawn on its
 * credit (a company's statement covers the divisions that use its limit).
 */
export const invoicesOfUnitFilter = (unitId: string) => ({ $or: [{ business_unit_id: unitId }, { credit_holder_id: unitId }] })

/** Open invoices with aging buckets, and the credit limit, used and available. */
export async function statementOf(container: MedusaContainer, unitId: string, asOf = new Date()) {
  const terms = await termsOfUnit(container, unitId)
  const invoices = await netTermsService(container).listInvoices(
    { ...invoicesOfUnitFilter(unitId), status: UNPAID_STATUSES },
    { order: { due_date: "ASC" }, take: null }
  )
  const open: Record<string, any>[] = invoices.map((i) => {
    const shown: Record<string, any> = presentInvoice(i, asOf)
    return { ...shown, aging_bucket: agingBucket(shown.due_date ? new Date(shown.due_date) : null, asOf) }
  })
  const credit = terms ? { ...(await creditPositionOf(container, terms)), credit_holder_id: terms.credit_holder_id } : null
  return {
    business_unit_id: unitId,
    as_of: asOf.toISOString(),
    terms: terms?.terms ?? null,
    credit,
    total_open: Math.round(open.reduce((sum, i) => sum + i.open_amount, 0) * 100) / 100,
    aging: agingReport(open.map((i) => ({ open_amount: i.open_amount, due_date: i.due_date ? new Date(i.due_date) : null })), asOf),
    invoices: open.map(({ lines: _l, buyer: _b, billing_address: _ba, shipping_address: _sa, ...summary }) => summary),
  }
}

/** The invoice PDF with the store's name as the seller. */
export async function invoicePdf(container: MedusaContainer, invoice: Record<string, any>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["name"] })
  return renderInvoicePdf(presentInvoice(invoice) as any, stores[0]?.name ?? "Medusa Store")
}

export type InvoiceListOptions = { limit: number; offset: number }

/** One page of invoices, newest first, presented. */
export async function listInvoicesPage(container: MedusaContainer, filters: Record<string, unknown>, { limit, offset }: InvoiceListOptions) {
  const [invoices, count] = await netTermsService(container).listAndCountInvoices(filters, {
    order: { issued_at: "DESC" },
    take: limit,
    skip: offset,
  })
  const asOf = new Date()
  return { invoices: invoices.map((i) => presentInvoice(i, asOf)), count, limit, offset }
}
