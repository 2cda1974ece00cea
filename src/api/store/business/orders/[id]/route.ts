import { MedusaResponse } from "@medusajs/framework/http"
import { FlowStatus } from "../../../../../lib/approvals/contract"
import { storeInvoicePdfPath } from "../../../../../lib/net-terms/contract"
import { invoicesOfUnitFilter, presentInvoice } from "../../../../../lib/net-terms/present-invoice"
import { OrderApproval, OrderInvoiceState, OrderPerson, StoreBusinessOrderResponse } from "../../../../../lib/orders/contract"
import { approvalModule } from "../../../../../modules/approval"
import { businessModule } from "../../../../../modules/business"
import { netTermsModule } from "../../../../../modules/net-terms"
import { QUOTE_MODULE } from "../../../../../modules/quote"
import QuoteModuleService from "../../../../../modules/quote/service"
import { BusinessRequest } from "../../../../utils/business-context"
import { parseQuery } from "../../../../utils/parse-query"
import { BusinessOrderRow, readableBusinessOrder } from "../access"
import { StoreBusinessOrderParams, StoreBusinessOrderQuery } from "../validators"
import { deliveryModule } from "../../../../../modules/delivery"
import { presentPlacedDeliveries } from "../../../../utils/delivery-views"

/** A buyer's reference kept in the order's metadata (copied from the cart at checkout), or null. */
const reference = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

const iso = (date: Date | string) => new Date(date).toISOString()

/**
 * The approval flows that led to the order: those of the quote it was accepted from, else those
 * of the cart it was completed from (a quote's source cart may have flows of its own, which did
 * not lead to this order). Oldest first, so a rejected or voided attempt precedes the approval.
 */
async function approvalTrail(req: BusinessRequest, order: BusinessOrderRow): Promise<OrderApproval[]> {
  const quotes: QuoteModuleService = req.scope.resolve(QUOTE_MODULE)
  const [quote] = await quotes.listQuotes({ order_id: order.id }, { select: ["id"], take: 1 })
  const source = quote ? { quote_id: quote.id } : order.cart?.id ? { cart_id: order.cart.id, quote_id: null } : null
  if (!source) return []
  const flows = await approvalModule(req.scope).listApprovalFlows(source, { relations: ["decisions"], order: { created_at: "ASC" }, take: null })
  const associateIds = [...new Set(flows.flatMap((f) => [f.requester_associate_id, ...(f.decisions ?? []).map((d) => d.approver_associate_id)]))]
  // Approvers who have since left the unit still signed their decisions: removed associates count.
  const associates = associateIds.length ? await businessModule(req.scope).listBusinessAssociates({ id: associateIds }, { select: ["id", "email"], withDeleted: true, take: null }) : []
  const emails = new Map(associates.map((a) => [a.id, a.email]))
  const person = (associateId: string, customerId: string): OrderPerson => ({ customer_id: customerId, email: emails.get(associateId) ?? null })
  return flows.map((flow) => ({
    id: flow.id,
    status: flow.status as FlowStatus,
    reasons: flow.reasons as unknown as string[],
    requested_by: person(flow.requester_associate_id, flow.requester_customer_id),
    requested_at: iso(flow.created_at),
    decisions: [...(flow.decisions ?? [])]
      .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))
      .map((d) => ({ tier: d.tier, decision: d.decision, comment: d.comment, decided_by: person(d.approver_associate_id, d.approver_customer_id), created_at: iso(d.created_at) })),
  }))
}

/** The order's invoice for associates who may see the unit's invoices ("invoices.view"), as the invoice routes do. */
async function invoiceState(req: BusinessRequest, order: BusinessOrderRow): Promise<OrderInvoiceState> {
  const unitId = order.business_unit.id
  if (!req.business.permissionsIn(unitId).has("invoices.view")) return { state: "withheld", permission: "invoices.view" }
  const [invoice] = await netTermsModule(req.scope).listInvoices({ order_id: order.id, ...invoicesOfUnitFilter(unitId) }, { take: 1 })
  if (!invoice) return { state: "none" }
  const { id, number, status, terms, currency_code, issued_at, due_date, paid_amount, open_amount, days_overdue, ...shown } = presentInvoice(invoice)
  const { item_subtotal, shipping_subtotal, discount_subtotal, tax_total, tax_rates, total, tax_treatment, tax_note } = shown
  const charges = { item_subtotal, shipping_subtotal, discount_subtotal, tax_total, tax_rates, total, tax_treatment, tax_note }
  return {
    state: "issued",
    invoice: { id, number, status, terms, currency_code, issued_at, due_date, ...charges, paid_amount, open_amount, days_overdue, pdf_url: storeInvoicePdfPath(unitId, id) },
  }
}

/**
 * One order of a business unit for the portal's order page: its PO number and delivery
 * instructions, the approval trail, the invoice and its requested delivery, read here from where checkout, the approval
 * module and net terms keep them (the store order API answers none of them).
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const { id } = parseQuery(StoreBusinessOrderParams, req.params)
  parseQuery(StoreBusinessOrderQuery, req.query)
  const order = await readableBusinessOrder(req, id)
  const [approvals, invoice, [delivery]] = await Promise.all([
    approvalTrail(req, order),
    invoiceState(req, order),
    deliveryModule(req.scope).listDeliveries({ order_id: order.id }).then((rows) => presentPlacedDeliveries(req.scope, rows)),
  ])
  const metadata = order.metadata ?? {}
  res.json({
    order: {
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      email: order.email,
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      total: Number(order.total),
      created_at: iso(order.created_at),
      sales_channel_id: order.sales_channel_id,
      business_unit_id: order.business_unit.id,
      po_number: reference(metadata.po_number),
      delivery_instructions: reference(metadata.delivery_instructions),
      approvals,
      invoice,
      delivery: delivery ?? null,
    },
  } satisfies StoreBusinessOrderResponse)
}
