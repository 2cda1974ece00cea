import { MedusaContainer } from "@medusajs/framework/types"
import { issueBackdatedInvoice } from "../../workflows/net-terms/issue-invoice"
import { termsOfUnit } from "../../workflows/net-terms/terms-of-unit"
import { markOverdueInvoicesWorkflow } from "../../workflows/net-terms/workflows/mark-overdue-invoices"
import { recordInvoicePaymentWorkflow } from "../../workflows/net-terms/workflows/record-invoice-payment"
import { daysAfter } from "./history-dates"
import { HistoricOrder } from "./history-orders"

const cents = (n: number) => Math.round(n * 100) / 100

/**
 * The invoices of the historic orders on net terms, issued the day each order was placed (due
 * by the unit's terms), the payments the plan records, recorded as a clerk would (through the
 * payment workflow, dated when they arrived), and then the daily overdue run, so invoices past
 * their due date are overdue right away.
 */
export async function seedHistoricInvoices(container: MedusaContainer, orders: HistoricOrder[], now: Date, recordedBy: string) {
  for (const order of orders) {
    if (!order.wholesale || !order.attribution) continue
    const terms = await termsOfUnit(container, order.attribution.unit_id)
    if (!terms) continue
    const party = { business_unit_id: order.attribution.unit_id, credit_holder_id: terms.credit_holder_id, associate_id: order.attribution.associate_id }
    const invoice = await issueBackdatedInvoice(container, order.order_id, party, order.placed_at)
    const settlement = order.wholesale.settlement
    if (!settlement) continue
    await recordInvoicePaymentWorkflow(container).run({
      input: {
        invoice_id: invoice.id,
        amount: cents(Number(invoice.total) * settlement.paid_share),
        paid_at: daysAfter(order.placed_at, settlement.paid_after_days),
        reference: `Bank transfer ${order.wholesale.po_number}`,
        recorded_by: recordedBy,
      },
    })
  }
  await markOverdueInvoicesWorkflow(container).run({ input: { as_of: now } })
}
