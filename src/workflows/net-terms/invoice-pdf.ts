import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderInvoicePdf } from "../../lib/net-terms/invoice-pdf"
import { presentInvoice } from "../../lib/net-terms/present-invoice"
import { deliveryModule } from "../../modules/delivery"
import { windowOf } from "../../modules/delivery/service"

/** The invoice PDF with the store's name as the seller, and the order's requested delivery when it has one. */
export async function invoicePdf(container: MedusaContainer, invoice: Record<string, any>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, [delivery]] = await Promise.all([
    query.graph({ entity: "store", fields: ["name"] }),
    deliveryModule(container).listDeliveries({ order_id: invoice.order_id }),
  ])
  const when = delivery ? { requested_date: delivery.requested_date, window: windowOf(delivery) } : null
  return renderInvoicePdf({ ...(presentInvoice(invoice) as any), delivery: when }, stores[0]?.name ?? "Medusa Store")
}
