import { MedusaContainer } from "@medusajs/framework/types"
import { UNPAID_STATUSES } from "../../lib/net-terms/invoice"
import { AgingBucket, Invoice, Statement } from "../../lib/net-terms/contract"
import { invoicesOfUnitFilter, presentInvoice } from "../../lib/net-terms/present-invoice"
import { agingBucket, agingReport } from "../../lib/net-terms/terms"
import { netTermsModule } from "../../modules/net-terms"
import { termsOfUnit } from "./terms-of-unit"

/** Open invoices with aging buckets, and the credit limit, used and available. */
export async function statementOf(container: MedusaContainer, unitId: string, asOf = new Date()): Promise<Statement> {
  const service = netTermsModule(container)
  const terms = await termsOfUnit(container, unitId)
  const invoices = await service.listInvoices(
    { ...invoicesOfUnitFilter(unitId), status: UNPAID_STATUSES },
    { order: { due_date: "ASC" }, take: null }
  )
  const open: (Invoice & { aging_bucket: AgingBucket })[] = invoices.map((i) => {
    const shown = presentInvoice(i, asOf)
    return { ...shown, aging_bucket: agingBucket(shown.due_date ? new Date(shown.due_date) : null, asOf) }
  })
  const credit = terms ? { ...(await service.creditPositionOf(terms)), credit_holder_id: terms.credit_holder_id } : null
  return {
    business_unit_id: unitId,
    as_of: asOf.toISOString(),
    terms: terms?.terms ?? null,
    credit,
    total_open: Math.round(open.reduce((sum, i) => sum + i.open_amount, 0) * 100) / 100,
    aging: agingReport(open.map((i) => ({ open_amount: i.open_amount, due_date: i.due_date ? new Date(i.due_date) : null })), asOf),
    invoices: open.map(({ seller: _s, lines: _l, buyer: _b, billing_address: _ba, shipping_address: _sa, ...summary }) => summary),
  }
}
