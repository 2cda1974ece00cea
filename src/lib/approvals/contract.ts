import type { Paginated } from "../business/contract"
import type { BudgetPeriod } from "./budget"
import type { RulePredicate } from "./predicates"
import type { Requirement, Tier } from "./tiers"

/**
 * Approval rules and approval flows as the admin and the B2B portal see them. Declared once
 * here; the routes (src/api/admin/approval-*, src/api/store/business/approvals/**,
 * src/api/store/business/units/:id/approval-rules/**, the units' budgets) answer these shapes and the admin and the
 * portal import them.
 */

export const FLOW_STATUSES = ["pending", "approved", "rejected", "void"] as const
export type FlowStatus = (typeof FLOW_STATUSES)[number]

/** When a rule applies (src/lib/approvals/predicates.ts). */
export type ApprovalPredicate = RulePredicate
/** `count` distinct approvers holding `role`; a tier is a list of them, all required (src/lib/approvals/tiers.ts). */
export type ApprovalRequirement = Requirement

export type ApprovalRule = {
  id: string
  business_unit_id: string
  name: string
  active: boolean
  predicate: ApprovalPredicate
  tiers: Tier[]
  allow_self_approval: boolean
  created_at: string
}

/** Body of POST /admin/approval-rules (with `business_unit_id`) and /admin/approval-rules/:id. */
export type ApprovalRuleInput = {
  business_unit_id?: string
  name: string
  active: boolean
  predicate: ApprovalPredicate
  tiers: Tier[]
  allow_self_approval: boolean
}

/** One approver's decision: the audit trail of a flow. */
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

/** The order-to-be as it was submitted: what an approval holds for. */
export type ApprovalSnapshot = {
  lines: { variant_id: string | null; sku: string | null; title: string; quantity: number; unit_price: number }[]
  total: number
  currency_code: string
}

/** A cart's (or a quote's being accepted: `quote_id`) way through approval. */
export type ApprovalFlow = {
  id: string
  cart_id: string
  quote_id: string | null
  business_unit_id: string
  requester_associate_id: string
  requester_customer_id: string
  status: FlowStatus
  reasons: string[]
  tiers: Tier[]
  current_tier: number
  allow_self_approval: boolean
  snapshot: ApprovalSnapshot
  cart_total: number
  currency_code: string
  created_at: string
  /** Read with the flow (lists, detail, decisions); a new flow (submitting) has none. */
  decisions?: ApprovalDecision[]
}

/** GET /admin/approval-rules and /store/business/units/:id/approval-rules */
export type ApprovalRulesResponse = { approval_rules: ApprovalRule[] }
/** Creating or changing a rule (admin and store). */
export type ApprovalRuleResponse = { approval_rule: ApprovalRule }
/** GET /admin/approval-flows: flows with their decisions, newest first. */
export type AdminApprovalFlowsResponse = Paginated & { approval_flows: ApprovalFlow[] }
/** GET /store/business/approvals (?scope=mine | to_approve) */
export type StoreApprovalsResponse = { approvals: ApprovalFlow[] }
/** Submitting a cart, reading one flow, approving or rejecting it (store). */
export type StoreApprovalResponse = { approval: ApprovalFlow }

/** How much an associate may order in a unit per period before orders need approval (src/lib/approvals/budget.ts). */
export type AssociateBudget = {
  id: string
  business_unit_id: string
  associate_id: string
  amount: number
  currency_code: string
  period: BudgetPeriod
}

/** Body of POST /admin/business-units/:id/budgets and /store/business/units/:id/budgets: sets or replaces the associate's budget. */
export type AssociateBudgetInput = Pick<AssociateBudget, "associate_id" | "amount" | "currency_code" | "period">

/** GET /admin/business-units/:id/budgets and /store/business/units/:id/budgets */
export type BudgetsResponse = { budgets: AssociateBudget[] }
/** Setting an associate's budget (admin and store). */
export type BudgetResponse = { budget: AssociateBudget }
