import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { todayUtc } from "../lib/recurring-orders/schedule"
import { processRecurringOrders } from "../workflows/recurring-orders/process-recurring-orders"

/** Recurring orders: reminders, approved runs, and every run due today (UTC). In the worker where one runs. */
export default async function runRecurringOrdersJob(container: MedusaContainer) {
  const report = await processRecurringOrders(container, todayUtc())
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Scheduled job run-recurring-orders ran in pid ${process.pid}: ${report.ran} of ${report.due} due run(s), ${report.settled} approved run(s) settled, ${report.reminded} reminder(s)`)
}

// Every 10 minutes, so a run is placed early on its day; RUN_RECURRING_ORDERS_SCHEDULE (cron, seconds allowed) overrides it.
export const config = { name: "run-recurring-orders", schedule: process.env.RUN_RECURRING_ORDERS_SCHEDULE || "*/10 * * * *" }
