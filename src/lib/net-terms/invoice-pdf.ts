import { addressLines, PrintableAddress, startPdf } from "../pdf"
import { Invoice } from "./contract"
import { openAmount } from "./invoice"
import { taxName, taxRateLabel } from "./invoice-amounts"
import { PaymentTerms } from "./terms"

export type PrintableInvoice = Pick<
  Invoice,
  | "number" | "status" | "issued_at" | "due_date" | "terms" | "po_number" | "order_display_id" | "currency_code"
  | "seller" | "buyer" | "lines" | "item_subtotal" | "shipping_subtotal" | "discount_subtotal" | "tax_total" | "tax_rates" | "total" | "paid_amount" | "tax_note"
> & {
  billing_address: PrintableAddress
  shipping_address: PrintableAddress
  /** The delivery the invoiced order is (requested date and receiving window), when it has one. */
  delivery?: DeliveryWhen | null
}

export type DeliveryWhen = { requested_date: string; window: { from: string; to: string } | null }

/** "2026-12-08, 07:00–09:00" */
export const deliveryLabel = (d: DeliveryWhen) => `${d.requested_date}${d.window ? `, ${d.window.from}–${d.window.to}` : ""}`

export const termsLabel = (terms: PaymentTerms) => (terms === "due_on_fulfillment" ? "Due on fulfilment" : `Net ${terms.slice(4)}`)
const day = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : "on fulfilment")

/**
 * The invoice as an A4 PDF (pdfkit, built-in Helvetica: no font files to ship), with what an EU
 * invoice must state: the seller and buyer with their VAT ids, net lines with their rate, the
 * tax per rate with the amount it is charged on, and the note of a zero-rated supply.
 */
export function renderInvoicePdf(invoice: PrintableInvoice): Promise<Buffer> {
  const { seller, buyer } = invoice
  const { doc, done } = startPdf(`Invoice ${invoice.number}`, seller.legal_name)
  const currency = invoice.currency_code.toUpperCase()
  const amount = (n: number) => `${Number(n).toFixed(2)} ${currency}`

  doc.font("Helvetica-Bold").fontSize(20).text(`Invoice ${invoice.number}`)
  doc.font("Helvetica").fontSize(10).text([seller.legal_name, ...seller.address_lines, `VAT ID ${seller.vat_id}`].join("\n"))
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
  const billTo = [buyer?.company, buyer?.unit !== buyer?.company ? buyer?.unit : null, buyer?.tax_id ? `VAT ID ${buyer.tax_id}` : null, ...addressLines(invoice.billing_address)]
  doc.font("Helvetica").text(billTo.filter(Boolean).join("\n"), 50, doc.y, { width: 230 })
  const billEnd = doc.y
  doc.font("Helvetica-Bold").text("Ship to", 310, top)
  doc.font("Helvetica").text(addressLines(invoice.shipping_address).join("\n") || "—", 310, doc.y, { width: 230 })
  doc.y = Math.max(billEnd, doc.y) + 20

  const columns = [50, 145, 305, 335, 410, 450]
  // A row ends below its tallest cell: a long item title wraps onto more lines than its amounts.
  const row = (cells: string[], bold = false) => {
    const y = doc.y
    let bottom = y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica")
    cells.forEach((cell, i) => {
      doc.text(cell, columns[i], y, { width: (columns[i + 1] ?? 545) - columns[i] - 6, align: i >= 2 ? "right" : "left" })
      bottom = Math.max(bottom, doc.y)
    })
    doc.y = bottom
    doc.moveDown(0.4)
  }
  row(["SKU", "Item", "Qty", "Unit price", taxName(invoice.currency_code), "Net amount"], true)
  for (const line of invoice.lines ?? []) {
    row([line.sku ?? "", [line.title, line.variant].filter(Boolean).join(" – "), String(line.quantity), amount(line.unit_price), `${line.tax_rate}%`, amount(line.subtotal)])
  }
  doc.moveDown()

  // Totals: a wide label (a rate's line names the amount it is charged on) and the amount.
  const total = (label: string, value: number, bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica")
    doc.text(label, 230, y, { width: 224, align: "right" })
    doc.text(amount(value), 460, y, { width: 85, align: "right" })
    doc.moveDown(0.4)
  }
  total("Items subtotal", invoice.item_subtotal)
  if (invoice.discount_subtotal > 0) total("Discount", -invoice.discount_subtotal)
  total("Shipping", invoice.shipping_subtotal)
  for (const rate of invoice.tax_rates) total(`${taxRateLabel(invoice.currency_code, rate.rate)} on ${amount(rate.base)}`, rate.tax)
  total("Tax total", invoice.tax_total)
  total("Total", invoice.total, true)
  total("Paid", invoice.paid_amount)
  total("Amount due", openAmount(invoice), true)
  doc.moveDown(2)
  if (invoice.tax_note) doc.font("Helvetica-Bold").text(invoice.tax_note, 50).moveDown()
  doc.font("Helvetica").text(`Please pay ${amount(invoice.total)} by ${day(invoice.due_date)}, quoting invoice ${invoice.number}.`, 50)
  doc.end()
  return done
}
