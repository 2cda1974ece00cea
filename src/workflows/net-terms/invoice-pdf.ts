import { MedusaContainer } from "@medusajs/framework/types"
import { renderInvoicePdf } from "../../lib/net-terms/invoice-pdf"
import { presentInvoice } from "../../lib/net-terms/present-invoice"
import { deliveryModule } from "../../modules/delivery"
import { windowOf } from "../../modules/delivery/service"

/** The invoice PDF (the seller is the one recorded on the invoice), with the order's requested delivery when it has one. */
export async function invoicePdf(container: MedusaContainer, invoice: Record<string, any>) {
  const [delivery] = await deliveryModule(container).listDeliveries({ order_id: invoice.order_id })
  const when = delivery ? { requested_date: delivery.requested_date, window: windowOf(delivery) } : null
  return renderInvoicePdf({ ...presentInvoice(invoice), delivery: when })
}
