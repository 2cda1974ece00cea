import { model } from "@medusajs/framework/utils"
import { ApprovalFlow } from "./approval-flow"

/** The audit trail: who decided what, at which tier, with which roles and comment (created_at is when). */
export const ApprovalDecision = model.define("approval_decision", {
  id: model.id({ prefix: "apdec" }).primaryKey(),
  tier: model.number(),
  approver_customer_id: model.text(),
  approver_associate_id: model.text(),
  approver_roles: model.json(),
  decision: model.enum(["approve", "reject"]),
  comment: model.text().nullable(),
  flow: model.belongsTo(() => ApprovalFlow, { mappedBy: "decisions" }),
})
