import { deliveryLabel, DeliveryWhen } from "../net-terms/invoice-pdf"
import { addressLines, PrintableAddress, startPdf } from "../pdf"

type Address = PrintableAddress

export type PrintablePackingSlip = {
  order_display_id: number | null
  po_number: string | null
  ship_to: Address
  delivery: DeliveryWhen | null
  receiving: { dock_instructions: string | null; accepts_pallets: boolean; site_contact_name: string | null; site_contact_phone: string | null; notes: string | null } | null
  lines: { sku: string | null; title: string; quantity: number }[]
}

/** What travels with the goods: where and when to deliver, how the site receives, what is in the parcel; no prices. */
export function renderPackingSlipPdf(slip: PrintablePackingSlip, sellerName: string): Promise<Buffer> {
  const { doc, done } = startPdf(`Packing slip #${slip.order_display_id ?? ""}`, sellerName)
  doc.font("Helvetica-Bold").fontSize(20).text(`Packing slip, order #${slip.order_display_id ?? "—"}`)
  doc.font("Helvetica").fontSize(10).text(sellerName)
  doc.moveDown()
  const receiving = slip.receiving
  const facts: [string, string][] = [
    ["Purchase order", slip.po_number ?? "—"],
    ["Requested delivery", slip.delivery ? deliveryLabel(slip.delivery) : "as soon as possible"],
    ...(receiving
      ? ([
          ["Dock / gate", receiving.dock_instructions ?? "—"],
          ["Pallets", receiving.accepts_pallets ? "accepted" : "not accepted: deliver loose cartons"],
          ["Contact on site", [receiving.site_contact_name, receiving.site_contact_phone].filter(Boolean).join(", ") || "—"],
          ...(receiving.notes ? [["Notes", receiving.notes] as [string, string]] : []),
        ] as [string, string][])
      : []),
  ]
  for (const [label, value] of facts) doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value)
  doc.moveDown()
  doc.font("Helvetica-Bold").text("Ship to")
  doc.font("Helvetica").text(addressLines(slip.ship_to).join("\n") || "—")
  doc.moveDown()
  const columns = [50, 170, 470]
  const row = (cells: string[], bold = false) => {
    const y = doc.y
    doc.font(bold ? "Helvetica-Bold" : "Helvetica")
    cells.forEach((cell, i) => doc.text(cell, columns[i], y, { width: (columns[i + 1] ?? 545) - columns[i] - 6, align: i === 2 ? "right" : "left" }))
    doc.moveDown(0.4)
  }
  row(["SKU", "Item", "Qty"], true)
  for (const line of slip.lines) row([line.sku ?? "", line.title, String(line.quantity)])
  doc.end()
  return done
}
