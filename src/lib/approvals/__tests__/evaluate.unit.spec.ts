import { BUDGET_TIER, evaluateApproval } from "../evaluate"

const order = { total: 554.9, currency_code: "eur", skus: ["COF-ESP-CASE6"], category_ids: [], requester_roles: ["buyer"] }
const over500 = { name: "Orders above 500 EUR", predicate: { total_above: { amount: 500, currency_code: "eur" } }, tiers: [[{ role: "approver", count: 1 }]], allow_self_approval: false }

describe("evaluateApproval", () => {
  it("needs nothing when no rule matches and the budget holds", () => {
    expect(evaluateApproval({ ...order, total: 100 }, [over500], { amount: 1000, currency_code: "eur", period: "month", spent_in_period: 0 })).toEqual({ reasons: [], tiers: [], over_budget: false, allow_self_approval: false })
  })

  it("merges a matched rule and an exceeded budget into one approver", () => {
    const verdict = evaluateApproval(order, [over500], { amount: 500, currency_code: "eur", period: "month", spent_in_period: 100 })
    expect(verdict.over_budget).toBe(true)
    expect(verdict.reasons).toEqual(['rule "Orders above 500 EUR" (total above 500 EUR)', "budget of 500 EUR per month exceeded by 154.9"])
    expect(verdict.tiers).toEqual([BUDGET_TIER])
  })

  it("ignores a budget in another currency", () => {
    expect(evaluateApproval(order, [], { amount: 1, currency_code: "usd", period: "none", spent_in_period: 0 }).reasons).toEqual([])
  })
})
