import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { quoteService } from "../workflows/quotes/steps/quote-service"
import { transitionQuoteWorkflow } from "../workflows/quotes/workflows/transition-quote"

/** Expires every sent quote whose valid-until has passed; returns how many. */
export async function expireOverdueQuotes(container: MedusaContainer, now = new Date()) {
  const overdue = await quoteService(container).listQuotes({ status: "sent", valid_until: { $lt: now } } as any, { select: ["id"], take: null })
  for (const quote of overdue) {
    await transitionQuoteWorkflow(container).run({ input: { quote_id: quote.id, action: "expire", actor: "system", author_id: "system" } })
  }
  return overdue.length
}

export default async function expireQuotesJob(container: MedusaContainer) {
  const expired = await expireOverdueQuotes(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Scheduled job expire-quotes ran in pid ${process.pid}: ${expired} quote(s) expired`)
}

// Every 15 minutes; EXPIRE_QUOTES_SCHEDULE (a cron expression, seconds allowed) overrides it.
export const config = { name: "expire-quotes", schedule: process.env.EXPIRE_QUOTES_SCHEDULE || "*/15 * * * *" }
