import type { QuoteApprovalSummary } from "../../../../src/lib/quotes/acceptance"
/*
 * Shapes of the custom /store/business routes, as the backend presents them
 * (src/api/store/business/present.ts, src/api/utils/present-quote.ts and the route files).
 */

export type UnitAddress = {
  id: string
  label: string | null
  company: string | null
  first_name: string | null
  last_name: string | null
  address_1: string
  address_2: string | null
  city: string
  province: string | null
  postal_code: string
  country_code: string
  phone: string | null
  is_default_shipping: boolean
  is_default_billing: boolean
}

export type BusinessUnit = {
  id: string
  name: string
  kind: "company" | "division"
  status: "active" | "inactive"
  parent_id: string | null
  company_id: string
  email: string | null
  phone: string | null
  tax_id: string | null
  currency_code: string | null
  can_order: boolean
  addresses?: UnitAddress[]
  my_roles: string[]
  my_permissions: string[]
  divisions?: BusinessUnit[]
}

export type RoleAssignment = { role: string; inherit: boolean }

export type Associate = {
  id: string
  business_unit_id: string
  customer_id: string
  email: string
  roles: RoleAssignment[]
  created_at: string
}

export type Invite = {
  id: string
  business_unit_id: string
  email: string
  roles: RoleAssignment[]
  status: "pending" | "accepted" | "revoked"
  expires_at: string
  accepted_at: string | null
}

/** A unit order as GET /units/:id/orders lists it (a few fields, not the full order). */
export type UnitOrder = {
  id: string
  display_id: number
  status: string
  email: string | null
  customer_id: string | null
  currency_code: string
  total: number
  created_at: string
}

export type QuoteStatus = "requested" | "drafting" | "sent" | "accepted" | "declined" | "renegotiating" | "withdrawn" | "expired"
export type QuoteAction = "accept" | "decline" | "renegotiate"

export type QuoteLine = {
  id: string
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  requested_unit_price: number
  offered_unit_price: number | null
}

export type QuoteMessage = {
  id: string
  author_type: "buyer" | "merchant"
  author_id: string
  body: string
  created_at: string
}

export type Quote = {
  id: string
  status: QuoteStatus
  business_unit_id: string
  customer_id: string
  email: string
  cart_id: string
  currency_code: string
  po_number: string | null
  buyer_comment: string | null
  merchant_comment: string | null
  shipping_total: number
  discount_percent: number
  valid_until: string | null
  order_id: string | null
  created_at: string
  lines: QuoteLine[]
  messages?: QuoteMessage[]
  offer: { lines: { id: string; quantity: number; unit_price: number; total: number }[]; item_total: number; shipping_total: number; total: number }
  /** What the buyer may do now, per the quote's state machine (permissions are checked apart). */
  next_actions: string[]
  /** The approval accepting it needed, if any (store quote detail only). */
  approval?: QuoteApprovalSummary | null
}

export type ApprovalStatus = "pending" | "approved" | "rejected" | "void"

export type ApprovalDecision = {
  id: string
  tier: number
  approver_customer_id: string
  approver_roles: string[]
  decision: "approve" | "reject"
  comment: string | null
  created_at: string
}

export type Approval = {
  id: string
  cart_id: string
  business_unit_id: string
  requester_associate_id: string
  requester_customer_id: string
  status: ApprovalStatus
  reasons: string[]
  tiers: { role: string; count: number }[][]
  current_tier: number
  snapshot: { lines: { sku: string | null; title: string; quantity: number; unit_price: number }[]; total: number; currency_code: string }
  cart_total: number | string
  currency_code: string
  created_at: string
  decisions?: ApprovalDecision[]
}

export type PaymentTerms =
  | { enabled: false }
  | { enabled: true; terms: string; credit_limit: number; credit_available: number; currency_code: string }

export type InvoiceStatus = "open" | "partially_paid" | "paid" | "overdue" | "void"

export type Invoice = {
  id: string
  number: string
  status: InvoiceStatus
  order_id: string
  order_display_id: number | null
  po_number: string | null
  terms: string
  currency_code: string
  issued_at: string
  due_date: string | null
  total: number
  paid_amount: number
  open_amount: number
  days_overdue: number
}

export type AgingBucket = "current" | "1-30" | "31-60" | "61-90" | "90+"

export type Statement = {
  business_unit_id: string
  as_of: string
  terms: string | null
  credit: { limit: number; used: number; available: number; currency_code: string; credit_holder_id: string } | null
  total_open: number
  aging: Record<AgingBucket, number>
  invoices: Invoice[]
}
