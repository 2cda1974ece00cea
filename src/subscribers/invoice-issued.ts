import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { storefrontUrls } from "../lib/storefront-urls"
import { netTermsModule } from "../modules/net-terms"
import { invoicePdf } from "../workflows/net-terms/invoice-pdf"

/**
 * An order placed on net terms has its invoice from the moment it is placed (the order-created
 * hook issues it): the buyer gets it by email, with the PDF attached, once per invoice.
 */
export default async function sendIssuedInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  const service = netTermsModule(container)
  const [found] = await service.listInvoices({ order_id: event.data.id }, { select: ["id"] })
  if (!found) return
  const invoice = await service.retrieveInvoiceOrFail(found.id)
  if (!invoice.email) return
  const pdf = await invoicePdf(container, invoice)
  const subject = `Invoice ${invoice.number} for order #${invoice.order_display_id ?? ""}`.trim()
  const due = invoice.due_date ? `It is due on ${new Date(invoice.due_date).toISOString().slice(0, 10)}.` : "It is due when the order is fulfilled."
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: invoice.email,
    channel: "email",
    template: "invoice-issued",
    trigger_type: "invoice.issued",
    resource_id: invoice.id,
    resource_type: "invoice",
    idempotency_key: `invoice.issued:${invoice.id}`,
    attachments: [{ filename: `${invoice.number}.pdf`, content: pdf.toString("base64"), content_type: "application/pdf" }],
    data: {
      subject,
      number: invoice.number,
      text: `Your invoice ${invoice.number}${invoice.po_number ? ` (PO ${invoice.po_number})` : ""} is attached. ${due}`,
      action_url: `${storefrontUrls().b2b}/invoices`,
      action_label: "See your invoices",
    },
  })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
