import { budgetExcess, BudgetPeriod } from "./budget"
import { describePredicate, OrderFacts, predicateMatches, RulePredicate } from "./predicates"
import { mergeTiers, Tier } from "./tiers"

export type RuleFact = { name: string; predicate: RulePredicate; tiers: Tier[]; allow_self_approval: boolean }

export type BudgetFact = { amount: number; currency_code: string; period: BudgetPeriod; spent_in_period: number }

export type ApprovalVerdict = { reasons: string[]; tiers: Tier[]; over_budget: boolean; allow_self_approval: boolean }

/** A budget overrun needs one of the unit's approvers. */
export const BUDGET_TIER: Tier = [{ role: "approver", count: 1 }]

/**
 * Why an order-to-be (a cart, or a quote being accepted) needs approval and from whom: every
 * matching rule, plus the requester's budget when this order would take the period past it.
 * Tiers of several reasons are merged by requirement (see mergeTiers).
 */
export function evaluateApproval(facts: OrderFacts, rules: RuleFact[], budget: BudgetFact | null): ApprovalVerdict {
  const matched = rules.filter((r) => predicateMatches(r.predicate, facts))
  const reasons = matched.map((r) => `rule "${r.name}" (${describePredicate(r.predicate)})`)
  const ruleTiers = matched.map((r) => r.tiers)
  let overBudget = false
  if (budget && budget.currency_code.toLowerCase() === facts.currency_code.toLowerCase()) {
    const excess = budgetExcess(budget.amount, budget.spent_in_period, facts.total)
    if (excess > 0) {
      overBudget = true
      const per = budget.period === "none" ? "" : ` per ${budget.period}`
      reasons.push(`budget of ${budget.amount} ${budget.currency_code.toUpperCase()}${per} exceeded by ${excess}`)
      ruleTiers.push([BUDGET_TIER])
    }
  }
  return {
    reasons,
    tiers: mergeTiers(ruleTiers),
    over_budget: overBudget,
    allow_self_approval: matched.length > 0 && matched.every((r) => r.allow_self_approval),
  }
}
