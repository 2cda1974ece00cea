import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markOverdueInvoicesWorkflow } from "../workflows/net-terms/workflows/mark-overdue-invoices"

/** Invoices past their due date become overdue. */
export default async function markOverdueInvoicesJob(container: MedusaContainer) {
  const { result } = await markOverdueInvoicesWorkflow(container).run({ input: { as_of: new Date() } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Scheduled job mark-overdue-invoices ran in pid ${process.pid}: ${result.length} invoice(s) marked overdue`)
}

// Daily, shortly after midnight UTC; MARK_OVERDUE_INVOICES_SCHEDULE (cron, seconds allowed) overrides it.
export const config = { name: "mark-overdue-invoices", schedule: process.env.MARK_OVERDUE_INVOICES_SCHEDULE || "5 0 * * *" }
