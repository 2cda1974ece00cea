/** Shapes of the project's admin API answers (see src/api/admin/**), as the dashboard uses them. */

export type UnitStatus = "active" | "inactive"

export type RoleAssignment = { role: string; inherit: boolean }

export type BusinessUnit = {
  id: string
  name: string
  status: UnitStatus
  parent_id: string | null
  company_id: string | null
  email: string | null
  phone: string | null
  tax_id: string | null
  currency_code: string | null
  metadata: Record<string, unknown> | null
  created_at: string
}

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

export type Associate = {
  id: string
  business_unit_id: string
  customer_id: string
  email: string
  roles: RoleAssignment[]
  created_at: string
}

export type BusinessUnitDetail = BusinessUnit & {
  addresses: UnitAddress[]
  associates: Associate[]
  customer_group: { id: string; name: string } | null
  divisions: { id: string; name: string; status: UnitStatus }[]
}

export type BusinessUnitInput = {
  name?: string
  email?: string | null
  phone?: string | null
  tax_id?: string | null
  currency_code?: string | null
  parent_id?: string | null
  status?: UnitStatus
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

export type BusinessRole = {
  id?: string
  handle: string
  name: string
  description?: string | null
  permissions: string[]
  built_in: boolean
}

export const PAYMENT_TERMS = ["net_7", "net_15", "net_30", "net_45", "net_60", "net_90", "due_on_fulfillment"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

export type CreditPosition = { limit: number; used: number; available: number; currency_code: string }

export type PaymentTermsState = {
  business_unit_id: string
  own: { terms: PaymentTerms | null; credit_limit: number | null; currency_code: string | null } | null
  effective: { terms: PaymentTerms; credit_holder_id: string; credit_limit: number; currency_code: string } | null
  credit: CreditPosition | null
}

export type PaymentTermsInput = {
  terms?: PaymentTerms | null
  credit_limit?: number | null
  currency_code?: string
}

export const QUOTE_STATUSES = ["requested", "drafting", "sent", "accepted", "declined", "renegotiating", "withdrawn", "expired"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

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
  associate_id: string
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
  updated_at: string
  lines: QuoteLine[]
  messages?: QuoteMessage[]
  offer: {
    lines: { id: string; quantity: number; unit_price: number; total: number }[]
    item_total: number
    shipping_total: number
    total: number
  }
  next_actions: string[]
}

export type QuoteOfferInput = {
  lines?: { id: string; unit_price: number }[]
  shipping_total?: number
  discount_percent?: number
  valid_until?: string
  merchant_comment?: string | null
}

export type ApprovalRequirement = { role: string; count: number }

export type ApprovalPredicate = {
  total_above?: { amount: number; currency_code: string } | null
  category_ids?: string[] | null
  skus?: string[] | null
  requester_roles?: string[] | null
}

export type ApprovalRule = {
  id: string
  business_unit_id: string
  name: string
  active: boolean
  predicate: ApprovalPredicate
  tiers: ApprovalRequirement[][]
  allow_self_approval: boolean
  created_at: string
}

export type ApprovalRuleInput = {
  business_unit_id?: string
  name: string
  active: boolean
  predicate: ApprovalPredicate
  tiers: ApprovalRequirement[][]
  allow_self_approval: boolean
}

export const FLOW_STATUSES = ["pending", "approved", "rejected", "void"] as const
export type FlowStatus = (typeof FLOW_STATUSES)[number]

export type ApprovalDecision = {
  id: string
  tier: number
  approver_customer_id: string
  approver_associate_id: string
  approver_roles: string[]
  decision: "approve" | "reject"
  comment: string | null
  created_at: string
}

export type ApprovalFlow = {
  id: string
  cart_id: string
  business_unit_id: string
  requester_associate_id: string
  requester_customer_id: string
  status: FlowStatus
  reasons: string[]
  tiers: ApprovalRequirement[][]
  current_tier: number
  allow_self_approval: boolean
  snapshot: { lines?: { sku?: string | null; title: string; quantity: number; unit_price: number }[]; total?: number; currency_code?: string } | null
  cart_total: number
  currency_code: string
  created_at: string
  decisions: ApprovalDecision[]
}

export const INVOICE_STATUSES = ["open", "partially_paid", "paid", "overdue", "void"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

export type InvoiceLine = {
  title: string
  variant?: string | null
  sku?: string | null
  quantity: number
  unit_price: number
  subtotal?: number
  total: number
}

export type InvoicePayment = { id: string; amount: number; paid_at: string; reference: string | null; recorded_by: string | null }

export type InvoiceAddress = Record<string, string | null | undefined> | null

export type Invoice = {
  id: string
  number: string
  status: InvoiceStatus
  order_id: string
  order_display_id: number | null
  business_unit_id: string
  credit_holder_id: string
  associate_id: string | null
  customer_id: string | null
  email: string | null
  po_number: string | null
  terms: PaymentTerms
  currency_code: string
  issued_at: string
  due_date: string | null
  lines: InvoiceLine[]
  subtotal: number
  shipping_total: number
  discount_total: number
  tax_total: number
  total: number
  paid_amount: number
  open_amount: number
  days_overdue: number
  buyer: { company?: string; unit?: string; tax_id?: string | null; email?: string | null; phone?: string | null } | null
  billing_address: InvoiceAddress
  shipping_address: InvoiceAddress
  void_reason: string | null
  voided_at: string | null
  payments?: InvoicePayment[]
}

export const AGING_BUCKETS = ["current", "1-30", "31-60", "61-90", "90+"] as const
export type AgingBucket = (typeof AGING_BUCKETS)[number]

export type Statement = {
  business_unit_id: string
  as_of: string
  terms: PaymentTerms | null
  credit: (CreditPosition & { credit_holder_id: string }) | null
  total_open: number
  aging: Record<AgingBucket, number>
  invoices: (Omit<Invoice, "lines" | "buyer" | "billing_address" | "shipping_address"> & { aging_bucket: AgingBucket })[]
}

export type Paginated = { count: number; limit: number; offset: number }

/** An order as listed for a unit (a subset of Medusa's admin order). */
export type UnitOrder = {
  id: string
  display_id: number
  status: string
  email: string | null
  total: number
  currency_code: string
  created_at: string
  business_unit?: { id: string; name: string } | null
}
