import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { QUOTE_EVENTS, quoteNotification } from "../lib/quotes/notifications"
import { retrieveQuoteOrFail } from "../workflows/quotes/steps/quote-service"

/** The merchant's inbox for quote news; the seeded admin's address unless set. */
const merchantEmail = () => process.env.MERCHANT_NOTIFICATION_EMAIL ?? process.env.ADMIN_EMAIL ?? "admin@example.com"

export default async function notifyQuoteParty({ event, container }: SubscriberArgs<{ id: string }>) {
  const quote = await retrieveQuoteOrFail(container, event.data.id)
  const message = quoteNotification(event.name, quote, merchantEmail())
  if (!message) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    ...message,
    trigger_type: event.name,
    resource_id: quote.id,
    resource_type: "quote",
  })
}

export const config: SubscriberConfig = { event: QUOTE_EVENTS }
