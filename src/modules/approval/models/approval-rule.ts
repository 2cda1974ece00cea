import { model } from "@medusajs/framework/utils"

/**
 * A unit's approval rule: `predicate` (see src/lib/approvals/predicates.ts) decides when it
 * applies, `tiers` (src/lib/approvals/tiers.ts) who must approve, in order.
 */
export const ApprovalRule = model
  .define("approval_rule", {
    id: model.id({ prefix: "aprule" }).primaryKey(),
    business_unit_id: model.text(),
    name: model.text(),
    active: model.boolean().default(true),
    predicate: model.json(),
    tiers: model.json(),
    allow_self_approval: model.boolean().default(false),
  })
  .indexes([{ on: ["business_unit_id"] }])
