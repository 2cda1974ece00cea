import { Frequency } from "./schedule"

/**
 * Recurring orders as the portal and the admin see them. Declared once here; the routes answer
 * these shapes, the portal and the admin import them.
 */

export type RecurringOrderStatus = "active" | "paused" | "ended"
export type RecurringRunStatus = "running" | "placed" | "awaiting_approval" | "failed" | "skipped"

/**
 * Why a run was not ordered (or what it waits for): the business-cart refusal codes
 * (unit_inactive, not_permitted, credit_exceeded, approval_required, over_budget, …) and these.
 */
export const RUN_REASON_CODES = [
  "out_of_stock", // a line's stock is gone
  "nothing_left", // no line can be ordered any more
  "skipped_by_buyer", // the owner skipped this date
  "approval_rejected",
  "approval_void",
  "approval_not_in_time", // still waiting for approval when the next run was due
  "address_gone", // the shipping address is no longer the unit's
] as const

export type RecurringOrderLineView = { id: string; variant_id: string; quantity: number; sku: string | null; product_title: string; variant_title: string | null }

export type RecurringRunView = {
  id: string
  due_on: string
  status: RecurringRunStatus
  order_id: string | null
  order_display_id: number | null
  cart_id: string | null
  approval_flow_id: string | null
  po_number: string | null
  reason_code: string | null
  reason: string | null
  skipped_lines: { variant_id: string | null; sku: string | null; product_title: string | null; code: string; message: string | null }[]
}

export type RecurringOrderSummary = {
  id: string
  name: string
  business_unit_id: string
  owner: { customer_id: string; name: string | null; email: string | null }
  status: RecurringOrderStatus
  frequency: Frequency
  start_on: string
  end_on: string | null
  next_run_on: string | null
  line_count: number
  last_run: RecurringRunView | null
  may_manage: boolean
}

export type RecurringOrderView = RecurringOrderSummary & {
  region_id: string
  shipping_address_id: string
  shipping_option_id: string
  payment_provider_id: string
  po_pattern: string | null
  reminder_days: number
  lines: RecurringOrderLineView[]
  /** The next run dates (at most 5), for the buyer to check the schedule. */
  upcoming: string[]
  runs: RecurringRunView[]
}

export type RecurringOrdersResponse = { recurring_orders: RecurringOrderSummary[] }
export type RecurringOrderResponse = { recurring_order: RecurringOrderView; skipped?: { variant_id: string; product_title: string | null }[] }
export type AdminRecurringOrdersResponse = { recurring_orders: RecurringOrderView[] }
