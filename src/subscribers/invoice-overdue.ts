import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { INVOICE_OVERDUE_EVENT } from "../workflows/net-terms/workflows/mark-overdue-invoices"
import { storefrontUrls } from "../lib/storefront-urls"
import { netTermsModule } from "../modules/net-terms"

/** Reminds the buyer who placed the order that its invoice is overdue. */
export default async function notifyOverdueInvoice({ event, container }: SubscriberArgs<{ id: string }>) {
  const [invoice] = await netTermsModule(container).listInvoices({ id: event.data.id })
  if (!invoice?.email) return
  const subject = `Invoice ${invoice.number} is overdue`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: invoice.email,
    channel: "email",
    template: "invoice-overdue",
    trigger_type: INVOICE_OVERDUE_EVENT,
    resource_id: invoice.id,
    resource_type: "invoice",
    data: {
      subject,
      invoice_id: invoice.id,
      number: invoice.number,
      due_date: invoice.due_date,
      text: `${subject}: it was due on ${new Date(invoice.due_date!).toISOString().slice(0, 10)}`,
      action_url: `${storefrontUrls().b2b}/invoices`,
      action_label: "See your invoices",
    },
  })
}

export const config: SubscriberConfig = { event: INVOICE_OVERDUE_EVENT }
