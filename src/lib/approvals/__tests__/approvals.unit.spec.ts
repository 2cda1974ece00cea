import { budgetCurrencyRefusal, budgetExcess, periodStart } from "../budget"
import { describePredicate, OrderFacts, predicateMatches } from "../predicates"
import { canApproveTier, mergeTiers, tierSatisfied } from "../tiers"

const facts: OrderFacts = { total: 750, currency_code: "eur", skus: ["COF-ESP-CASE6"], category_ids: ["pcat_coffee"], requester_roles: ["buyer"] }

describe("rule predicates", () => {
  it("matches a total strictly above the amount in the same currency only", () => {
    expect(predicateMatches({ total_above: { amount: 500, currency_code: "EUR" } }, facts)).toBe(true)
    expect(predicateMatches({ total_above: { amount: 750, currency_code: "eur" } }, facts)).toBe(false)
    expect(predicateMatches({ total_above: { amount: 500, currency_code: "usd" } }, facts)).toBe(false)
  })

  it("matches categories, SKUs and requester roles, all given conditions together", () => {
    expect(predicateMatches({ category_ids: ["pcat_tea", "pcat_coffee"] }, facts)).toBe(true)
    expect(predicateMatches({ skus: ["GEAR-GRIND-PRO"] }, facts)).toBe(false)
    expect(predicateMatches({ requester_roles: ["buyer"], total_above: { amount: 1000, currency_code: "eur" } }, facts)).toBe(false)
    expect(predicateMatches({}, facts)).toBe(true)
  })

  it("explains a match in words", () => {
    expect(describePredicate({ total_above: { amount: 500, currency_code: "eur" }, requester_roles: ["buyer"] })).toBe("total above 500 EUR and requested by a buyer")
  })
})

describe("budget periods", () => {
  const now = new Date("2026-11-25T15:30:00Z") // a Wednesday in Q4
  it.each([
    ["day", "2026-11-25T00:00:00.000Z"],
    ["week", "2026-11-23T00:00:00.000Z"],
    ["month", "2026-11-01T00:00:00.000Z"],
    ["quarter", "2026-10-01T00:00:00.000Z"],
    ["year", "2026-01-01T00:00:00.000Z"],
  ] as const)("a %s starts at %s", (period, start) => {
    expect(periodStart(period, now)!.toISOString()).toBe(start)
  })

  it("starts a week on Monday even on a Sunday, and a new period exactly at its boundary", () => {
    expect(periodStart("week", new Date("2026-11-29T23:59:59Z"))!.toISOString()).toBe("2026-11-23T00:00:00.000Z")
    expect(periodStart("week", new Date("2026-11-30T00:00:00Z"))!.toISOString()).toBe("2026-11-30T00:00:00.000Z")
    expect(periodStart("quarter", new Date("2027-01-01T00:00:00Z"))!.toISOString()).toBe("2027-01-01T00:00:00.000Z")
    expect(periodStart("none", now)).toBeNull()
  })

  it("computes the excess over the budget, zero when within", () => {
    expect(budgetExcess(1000, 600, 400)).toBe(0)
    expect(budgetExcess(1000, 600, 400.01)).toBe(0.01)
    expect(budgetExcess(1000, 0, 1200)).toBe(200)
  })

  it("keeps a budget only in a currency the shop takes orders in, case aside", () => {
    expect(budgetCurrencyRefusal("EUR", ["eur", "usd"])).toBeNull()
    expect(budgetCurrencyRefusal("jpy", ["eur", "usd"])).toBe("The shop takes no orders in JPY: give the budget in EUR or USD")
  })
})

describe("tier progression", () => {
  const approverAndFinance = [{ role: "approver", count: 1 }, { role: "finance", count: 1 }]

  it("needs every requirement, each approver counting once", () => {
    expect(tierSatisfied(approverAndFinance, [{ approver_id: "a", roles: ["approver"] }])).toBe(false)
    expect(tierSatisfied(approverAndFinance, [{ approver_id: "a", roles: ["approver", "finance"] }])).toBe(false)
    expect(tierSatisfied(approverAndFinance, [{ approver_id: "a", roles: ["approver", "finance"] }, { approver_id: "b", roles: ["approver"] }])).toBe(true)
    expect(tierSatisfied([{ role: "admin", count: 1 }], [{ approver_id: "x", roles: ["admin"] }])).toBe(true)
  })

  it("does not count the same approver twice", () => {
    const twoApprovers = [{ role: "approver", count: 2 }]
    expect(tierSatisfied(twoApprovers, [{ approver_id: "a", roles: ["approver"] }, { approver_id: "a", roles: ["approver"] }])).toBe(false)
  })

  it("lets only approvers with a needed role, not yet counted, approve", () => {
    expect(canApproveTier(approverAndFinance, [], { approver_id: "c", roles: ["buyer"] })).toBe(false)
    expect(canApproveTier(approverAndFinance, [{ approver_id: "a", roles: ["approver"] }], { approver_id: "a", roles: ["approver"] })).toBe(false)
    expect(canApproveTier(approverAndFinance, [{ approver_id: "a", roles: ["approver"] }], { approver_id: "b", roles: ["finance"] })).toBe(true)
  })

  it("merges matched rules' tiers by position", () => {
    const merged = mergeTiers([[[{ role: "approver", count: 1 }], [{ role: "admin", count: 1 }]], [[{ role: "finance", count: 1 }]]])
    expect(merged).toEqual([[{ role: "approver", count: 1 }, { role: "finance", count: 1 }], [{ role: "admin", count: 1 }]])
  })
})

describe("merging tiers by requirement", () => {
  it("asks for a role once, with the largest count, when several reasons ask for it in one tier", () => {
    const rule = [[{ role: "approver", count: 1 }]]
    const budget = [[{ role: "approver", count: 1 }]]
    expect(mergeTiers([rule, budget])).toEqual([[{ role: "approver", count: 1 }]])
    expect(mergeTiers([[[{ role: "approver", count: 2 }]], budget])).toEqual([[{ role: "approver", count: 2 }]])
  })

  it("lets a unit with one approver pass a matched rule and an exceeded budget together", () => {
    const merged = mergeTiers([[[{ role: "approver", count: 1 }], [{ role: "admin", count: 1 }]], [[{ role: "approver", count: 1 }]]])
    expect(tierSatisfied(merged[0], [{ approver_id: "only", roles: ["approver"] }])).toBe(true)
    expect(merged[1]).toEqual([{ role: "admin", count: 1 }])
  })
})
