import type { FlowStatus } from "../approvals/contract"
import type { Paginated } from "../business/contract"
import type { Invoice, InvoiceCharges } from "../net-terms/contract"
import type { PlacedDeliveryView } from "../delivery/contract"

/**
 * A business unit's orders as the admin and the B2B portal list them: a few fields, not the
 * whole order. Declared once here; the portal's route answers these shapes and the admin and the
 * portal import them.
 */

export type UnitOrder = {
  id: string
  display_id: number
  status: string
  email: string | null
  currency_code: string
  total: number
  created_at: string
}

/** An order as GET /store/business/units/:id/orders lists it. */
export type StoreUnitOrder = UnitOrder & { customer_id: string | null; sales_channel_id: string | null }

/** The order fields of StoreUnitOrder, as the store routes read them with Query. */
export const STORE_UNIT_ORDER_FIELDS: (keyof StoreUnitOrder)[] = ["id", "display_id", "status", "email", "customer_id", "currency_code", "total", "created_at", "sales_channel_id"]

/** GET /store/business/units/:id/orders: newest first, everyone's or only the caller's. */
export type StoreUnitOrdersResponse = Paginated & { orders: StoreUnitOrder[] }

/** An associate as an order's page names them: "You" when it is the caller, else the email. */
export type OrderPerson = { customer_id: string; email: string | null }

/** One decision of an order's approval: who decided, when, at which step, and what they said. */
export type OrderApprovalDecision = {
  tier: number
  decision: "approve" | "reject"
  comment: string | null
  decided_by: OrderPerson
  created_at: string
}

/** One way through approval the order (its cart, or the quote it came from) went, oldest first. */
export type OrderApproval = {
  id: string
  status: FlowStatus
  reasons: string[]
  requested_by: OrderPerson
  requested_at: string
  decisions: OrderApprovalDecision[]
}

/** An order's invoice as its page shows it; `pdf_url` is the store route of its PDF (same login). */
export type OrderInvoice = Pick<
  Invoice,
  "id" | "number" | "status" | "terms" | "currency_code" | "issued_at" | "due_date" | keyof InvoiceCharges | "paid_amount" | "open_amount" | "days_overdue"
> & { pdf_url: string }

/**
 * The order's invoice as far as the caller may see it: `issued`; `none` (paid at checkout, so no
 * invoice); `withheld` when the caller's role does not show invoices (whether one exists is not
 * said), naming the permission that would.
 */
export type OrderInvoiceState =
  | { state: "issued"; invoice: OrderInvoice }
  | { state: "none" }
  | { state: "withheld"; permission: "invoices.view" }

/**
 * GET /store/business/orders/:id: what the B2B portal's order page shows besides Medusa's order
 * (lines, address, totals): the buyer's references, the approval trail and the invoice, all read
 * on the server from where checkout, the approval module and net terms keep them.
 */
export type StoreBusinessOrder = StoreUnitOrder & {
  business_unit_id: string
  po_number: string | null
  delivery_instructions: string | null
  approvals: OrderApproval[]
  invoice: OrderInvoiceState
  /** The delivery the order is (requested date, window, address, fulfilment), when it was planned; null otherwise. */
  delivery: PlacedDeliveryView | null
}

export type StoreBusinessOrderResponse = { order: StoreBusinessOrder }

/**
 * An order as GET /admin/business-units/:id/orders lists it: payment and fulfillment status as
 * Medusa's own order list computes them, and the buyer's PO number (kept in the order's metadata
 * at checkout).
 */
export type AdminUnitOrder = UnitOrder & { payment_status: string; fulfillment_status: string; po_number: string | null }

/** GET /admin/business-units/:id/orders: the unit's orders, newest first. */
export type AdminUnitOrdersResponse = Paginated & { orders: AdminUnitOrder[] }
