import type { Paginated } from "../business/contract"
import type { PaymentTermsView } from "../views/contract"
import type { InvoiceStatus } from "./invoice"
import type { EffectiveTerms } from "./settings"
import type { AgingBucket, PaymentTerms } from "./terms"
import type { InvoiceAmounts, InvoiceLine } from "./invoice-amounts"
import type { Seller } from "../tax/seller"

/**
 * Payment terms, credit, invoices and statements as the admin and the B2B portal see them.
 * Declared once here; the routes (src/api/admin/invoices/**, the payment-terms and statement
 * routes of src/api/admin/business-units/:id and src/api/store/business/units/:id, presented by
 * src/lib/net-terms/present-invoice.ts) answer these shapes and the admin and the portal import them.
 */

export { AGING_BUCKETS, PAYMENT_TERMS } from "./terms"
export { INVOICE_STATUSES } from "./invoice"
export type { AgingBucket, PaymentTerms } from "./terms"
export type { InvoiceStatus } from "./invoice"
export type { EffectiveTerms } from "./settings"
export type { InvoiceAmounts, InvoiceLine, InvoiceTaxRate } from "./invoice-amounts"
export { taxName, taxRateLabel } from "./invoice-amounts"

export type CreditPosition = { limit: number; used: number; available: number; currency_code: string }

/** A unit's own settings, what applies after inheritance, and the credit used and available (admin). */
export type PaymentTermsState = {
  business_unit_id: string
  own: { terms: PaymentTerms | null; credit_limit: number | null; currency_code: string | null } | null
  effective: EffectiveTerms | null
  credit: CreditPosition | null
}

/** Body of POST /admin/business-units/:id/payment-terms; `null` clears a field so the unit inherits it. */
export type PaymentTermsInput = {
  terms?: PaymentTerms | null
  credit_limit?: number | null
  currency_code?: string
}

export type InvoicePayment = { id: string; amount: number; paid_at: string; reference: string | null; recorded_by: string | null }

export type InvoiceAddress = Record<string, string | null | undefined> | null

/** The buyer as invoiced; `tax_id` is the unit's VAT id (a division's falls back to its company's). */
export type InvoiceBuyer = { company?: string; unit?: string; tax_id?: string | null; email?: string | null; phone?: string | null }

/** The seller as the invoice names it when issued: legal name, address lines, VAT id. */
export type InvoiceSeller = Pick<Seller, "legal_name" | "address_lines" | "vat_id">

/**
 * The amounts an invoice charges (net lines, items subtotal, shipping, tax per rate, total) and
 * its zero-rating: `tax_treatment` is what a storefront reads, `tax_note` the text printed for it.
 */
export type InvoiceCharges = Omit<InvoiceAmounts, "lines"> & { tax_note: string | null }

export type Invoice = InvoiceCharges & {
  id: string
  number: string
  status: InvoiceStatus
  order_id: string
  order_display_id: number | null
  business_unit_id: string
  /** The unit whose credit the invoice draws on (the unit itself or one above it). */
  credit_holder_id: string
  associate_id: string | null
  customer_id: string | null
  email: string | null
  po_number: string | null
  terms: PaymentTerms
  currency_code: string
  issued_at: string
  due_date: string | null
  seller: InvoiceSeller
  lines: InvoiceLine[]
  paid_amount: number
  open_amount: number
  days_overdue: number
  buyer: InvoiceBuyer | null
  billing_address: InvoiceAddress
  shipping_address: InvoiceAddress
  void_reason: string | null
  voided_at: string | null
  /** With one invoice (detail, payments, void); lists leave them out. */
  payments?: InvoicePayment[]
}

/** An open invoice on a statement: without seller, lines, buyer and addresses, with its aging bucket. */
export type StatementInvoice = Omit<Invoice, "seller" | "lines" | "buyer" | "billing_address" | "shipping_address"> & { aging_bucket: AgingBucket }

export type Statement = {
  business_unit_id: string
  as_of: string
  terms: PaymentTerms | null
  credit: (CreditPosition & { credit_holder_id: string }) | null
  total_open: number
  aging: Record<AgingBucket, number>
  invoices: StatementInvoice[]
}

/** GET: an invoice's PDF for associates with "invoices.view" in the unit (the portal's invoice list and order page). */
export const storeInvoicePdfPath = (unitId: string, invoiceId: string) => `/store/business/units/${unitId}/invoices/${invoiceId}/pdf`

/** GET /admin/invoices and /store/business/units/:id/invoices: newest first. */
export type InvoicesResponse = Paginated & { invoices: Invoice[] }
/** Reading one invoice, recording a payment, voiding it. */
export type InvoiceResponse = { invoice: Invoice }
/** GET /admin/business-units/:id/statement and /store/business/units/:id/statement */
export type StatementResponse = { statement: Statement }
/** GET and POST /admin/business-units/:id/payment-terms */
export type AdminPaymentTermsResponse = { payment_terms: PaymentTermsState }
/**
 * GET /store/business/units/:id/payment-terms: what checkout shows any associate, whether net
 * terms are offered and the credit available (the same answer the cart view carries).
 */
export type StorePaymentTermsResponse = { payment_terms: PaymentTermsView }
