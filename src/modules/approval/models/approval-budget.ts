import { model } from "@medusajs/framework/utils"
import { BUDGET_PERIODS } from "../../../lib/approvals/budget"

/** How much an associate may order in a unit per period before orders need approval. */
export const ApprovalBudget = model
  .define("approval_budget", {
    id: model.id({ prefix: "apbud" }).primaryKey(),
    business_unit_id: model.text(),
    associate_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    period: model.enum([...BUDGET_PERIODS]),
  })
  .indexes([{ on: ["associate_id", "business_unit_id"], unique: true, where: "deleted_at IS NULL" }])
