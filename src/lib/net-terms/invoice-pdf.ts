import { addressLines, PrintableAddress, startPdf } from "../pdf"
import { openAmount, InvoiceStatus } from "./invoice"
import { PaymentTerms } from "./terms"

type Address = PrintableAddress
type Line = { title: string; variant?: string | null; sku?: string | null; quantity: number; unit_price: number; total: number }

export type PrintableInvoice = {
  number: string
  status: InvoiceStatus
  issued_at: Date | string
  due_date: Date | string | null
  terms: PaymentTerms
  po_number: string | null
  order_display_id: number | null
  currency_code: string
  buyer: { company?: string; unit?: string; tax_id?: string | null; email?: string | null } | Record<string, unknown>
  billing_address: Address
  shipping_address: Address
  lines: Line[] | unknown
  subtotal: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
  paid_amount: number
  /** The delivery the invoiced order is (requested date and receiving window), when it has one. */
  delivery?: DeliveryWhen | null
}

export type DeliveryWhen = { requested_date: string; window: { from: string; to: string } | null }

/** "2026-12-08, 07:00–09:00" */
export const deliveryLabel = (d: DeliveryWhen) => `${d.requested_date}${d.window ? `, ${d.window.from}–${d.window.to}` : ""}`

export const termsLabel = (terms: PaymentTerms) => (terms === "due_on_fulfillment" ? "Due on fulfilment" : `Net ${terms.slice(4)}`)
const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : "on fulfilment")

/** The invoice as an A4 PDF (pdfkit, built-in Helvetica: no font files to ship). */
export function renderInvoicePdf(invoice: PrintableInvoice, sellerName: string): Promise<Buffer> {
  const { doc, done } = startPdf(`Invoice ${invoice.number}`, sellerName)
  const currency = invoice.currency_code.toUpperCase()
  const amount = (n: number) => `${Number(n).toFixed(2)} ${currency}`
  const buyer = invoice.buyer as Record<string, string | null | undefined>

  doc.font("Helvetica-Bold").fontSize(20).text(`Invoice ${invoice.number}`)
  doc.font("Helvetica").fontSize(10).text(sellerName)
  if (invoice.status === "void" || invoice.status === "paid") doc.font("Helvetica-Bold").text(invoice.status.toUpperCase())
  doc.moveDown()
  const facts: [string, string][] = [
    ["Issue date", day(invoice.issued_at)],
    ["Payment terms", termsLabel(invoice.terms)],
    ["Due date", day(invoice.due_date)],
    ["Purchase order", invoice.po_number ?? "—"],
    ["Order", invoice.order_display_id ? `#${invoice.order_display_id}` : "—"],
    ...(invoice.delivery ? [["Requested delivery", deliveryLabel(invoice.delivery)] as [string, string]] : []),
  ]
  for (const [label, value] of facts) doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value)
  doc.moveDown()

  const top = doc.y
  doc.font("Helvetica-Bold").text("Bill to", 50, top)
  doc.font("Helvetica").text([buyer.company, buyer.unit !== buyer.company ? buyer.unit : null, buyer.tax_id ? `Tax ID ${buyer.tax_id}` : null, ...addressLines(invoice.billing_address)].filter(Boolean).join("\n"), 50, doc.y, { width: 230 })
  const billEnd = doc.y
  doc.font("Helvetica-Bold").text("Ship to", 310, top)
  doc.font("Helvetica").text(addressLines(invoice.shipping_address).join("\n") || "—", 310, doc.y, { width: 230 })
  doc.y = Math.max(billEnd, doc.y) + 20

  const columns = [50, 140, 330, 380, 460]
  const row = (cells: string[], bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica")
    cells.forEach((cell, i) => doc.text(cell, columns[i], y, { width: (columns[i + 1] ?? 545) - columns[i] - 6, align: i >= 2 ? "right" : "left" }))
    doc.moveDown(0.4)
  }
  row(["SKU", "Item", "Qty", "Unit price", "Total"], true)
  for (const line of (invoice.lines as Line[]) ?? []) {
    row([line.sku ?? "", [line.title, line.variant].filter(Boolean).join(" – "), String(line.quantity), amount(line.unit_price), amount(line.total)])
  }
  doc.moveDown()
  const totals: [string, number][] = [
    ["Subtotal", invoice.subtotal],
    ["Discount", -invoice.discount_total],
    ["Shipping", invoice.shipping_total],
    ["Tax", invoice.tax_total],
    ["Total", invoice.total],
    ["Paid", invoice.paid_amount],
    ["Amount due", openAmount({ total: invoice.total, paid_amount: invoice.paid_amount, status: invoice.status })],
  ]
  for (const [label, value] of totals) row(["", "", "", label, amount(value)], label === "Total" || label === "Amount due")
  doc.moveDown(2)
  doc.font("Helvetica").text(`Please pay ${amount(invoice.total)} by ${day(invoice.due_date)}, quoting invoice ${invoice.number}.`, 50)
  doc.end()
  return done
}
