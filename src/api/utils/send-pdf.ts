import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { invoicePdf } from "../../workflows/net-terms/invoice-pdf"

export async function sendInvoicePdf(container: MedusaContainer, res: MedusaResponse, invoice: Record<string, any>) {
  const pdf = await invoicePdf(container, invoice)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${invoice.number}.pdf"`)
  res.send(pdf)
}
