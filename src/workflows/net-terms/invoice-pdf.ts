import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderInvoicePdf } from "../../lib/net-terms/invoice-pdf"
import { presentInvoice } from "../../lib/net-terms/present-invoice"

/** The invoice PDF with the store's name as the seller. */
export async function invoicePdf(container: MedusaContainer, invoice: Record<string, any>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["name"] })
  return renderInvoicePdf(presentInvoice(invoice) as any, stores[0]?.name ?? "Medusa Store")
}
