import { z } from "@medusajs/framework/zod"
import { currencyCode, idOf, money } from "../../../utils/input"
import { BUDGET_PERIODS } from "../../../../lib/approvals/budget"

export const StoreSubmitForApproval = z.object({ cart_id: idOf("cart") }).strict()
export const StoreApprovalDecision = z.object({ comment: z.string().trim().max(2000).nullish() }).strict()

const Requirement = z.object({ role: z.string().trim().min(1), count: z.number().int().min(1).max(5).default(1) }).strict()

export const ApprovalRuleBody = z
  .object({
    name: z.string().trim().min(1, "name must not be empty").max(200),
    active: z.boolean().default(true),
    predicate: z
      .object({
        total_above: z.object({ amount: money, currency_code: currencyCode }).strict().nullish(),
        category_ids: z.array(z.string().trim().min(1)).max(50).nullish(),
        skus: z.array(z.string().trim().min(1)).max(200).nullish(),
        requester_roles: z.array(z.string().trim().min(1)).max(10).nullish(),
      })
      .strict()
      .default({}),
    tiers: z.array(z.array(Requirement).min(1, "a tier needs at least one requirement").max(5)).min(1, "give 1 to 5 tiers").max(5, "give 1 to 5 tiers"),
    allow_self_approval: z.boolean().default(false),
  })
  .strict()

export const ApprovalRuleUpdate = ApprovalRuleBody.partial().strict()

export const BudgetBody = z
  .object({
    associate_id: idOf("bassoc"),
    amount: money,
    currency_code: currencyCode,
    period: z.enum(BUDGET_PERIODS),
  })
  .strict()

export type ApprovalRuleBodyType = z.infer<typeof ApprovalRuleBody>
export type BudgetBodyType = z.infer<typeof BudgetBody>
