import { MedusaContainer } from "@medusajs/framework/types"
import { markOverdueInvoicesWorkflow } from "../workflows/net-terms/workflows/mark-overdue-invoices"

/** Daily, shortly after midnight UTC: invoices past their due date become overdue. */
export default async function markOverdueInvoicesJob(container: MedusaContainer) {
  await markOverdueInvoicesWorkflow(container).run({ input: { as_of: new Date() } })
}

export const config = { name: "mark-overdue-invoices", schedule: "5 0 * * *" }
