import { model } from "@medusajs/framework/utils"
import { FLOW_STATUSES } from "../../../lib/approvals/contract"
import { ApprovalDecision } from "./approval-decision"

/**
 * One order-to-be's way through approval: a cart's, or a quote's being accepted (`quote_id`; then
 * `cart_id` is the cart the quote was made from). Why it needs approval (`reasons`), the merged
 * `tiers`, the tier it is at, and a snapshot (lines and total) as submitted.
 */
export const ApprovalFlow = model
  .define("approval_flow", {
    id: model.id({ prefix: "apflow" }).primaryKey(),
    cart_id: model.text(),
    quote_id: model.text().nullable(),
    business_unit_id: model.text(),
    requester_associate_id: model.text(),
    requester_customer_id: model.text(),
    status: model.enum([...FLOW_STATUSES]).default("pending"),
    reasons: model.json(),
    tiers: model.json(),
    current_tier: model.number().default(0),
    allow_self_approval: model.boolean().default(false),
    snapshot: model.json(),
    cart_total: model.bigNumber(),
    currency_code: model.text(),
    decisions: model.hasMany(() => ApprovalDecision, { mappedBy: "flow" }),
  })
  .indexes([{ on: ["cart_id", "status"] }, { on: ["quote_id", "status"] }, { on: ["business_unit_id", "status"] }])
  .cascades({ delete: ["decisions"] })
