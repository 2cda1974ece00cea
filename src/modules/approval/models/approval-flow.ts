import { model } from "@medusajs/framework/utils"
import { ApprovalDecision } from "./approval-decision"

/**
 * One cart's way through approval: why it needs approval (`reasons`), the merged `tiers`, the
 * tier it is at, and a snapshot of the cart (lines and total) as submitted.
 */
export const ApprovalFlow = model
  .define("approval_flow", {
    id: model.id({ prefix: "apflow" }).primaryKey(),
    cart_id: model.text(),
    business_unit_id: model.text(),
    requester_associate_id: model.text(),
    requester_customer_id: model.text(),
    status: model.enum(["pending", "approved", "rejected", "void"]).default("pending"),
    reasons: model.json(),
    tiers: model.json(),
    current_tier: model.number().default(0),
    allow_self_approval: model.boolean().default(false),
    snapshot: model.json(),
    cart_total: model.bigNumber(),
    currency_code: model.text(),
    decisions: model.hasMany(() => ApprovalDecision, { mappedBy: "flow" }),
  })
  .indexes([{ on: ["cart_id", "status"] }, { on: ["business_unit_id", "status"] }])
  .cascades({ delete: ["decisions"] })
