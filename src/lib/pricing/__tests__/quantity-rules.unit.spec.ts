import { quantityRuleProblem, quantityRuleViolation } from "../quantity-rules"

describe("quantity rule checks", () => {
  const cases = { min_quantity: 12, max_quantity: 120, increment: 12 }

  it("accepts quantities inside the bounds and on the increment", () => {
    for (const quantity of [12, 24, 60, 120]) {
      expect(quantityRuleViolation(cases, quantity, "Cups")).toBeNull()
    }
    expect(quantityRuleViolation(null, 7, "Cups")).toBeNull()
  })

  it("names the rule that a quantity breaks", () => {
    expect(quantityRuleViolation(cases, 6, "Cups")).toBe("Cups has a minimum order quantity of 12 (asked for 6)")
    expect(quantityRuleViolation(cases, 132, "Cups")).toBe("Cups has a maximum order quantity of 120 (asked for 132)")
    expect(quantityRuleViolation(cases, 18, "Cups")).toBe("Cups is sold in multiples of 12 from 12 (asked for 18)")
  })

  it("counts the increment from the minimum when there is one", () => {
    const oddStart = { min_quantity: 5, increment: 10 }
    expect(quantityRuleViolation(oddStart, 15, "Filters")).toBeNull()
    expect(quantityRuleViolation(oddStart, 10, "Filters")).toMatch(/multiples of 10 from 5/)
    expect(quantityRuleViolation({ increment: 6 }, 12, "Syrup")).toBeNull()
    expect(quantityRuleViolation({ increment: 6 }, 8, "Syrup")).toBe("Syrup is sold in multiples of 6 (asked for 8)")
  })

  it("refuses incoherent rules", () => {
    expect(quantityRuleProblem({ min_quantity: 0 })).toMatch(/min_quantity/)
    expect(quantityRuleProblem({ min_quantity: 10, max_quantity: 5 })).toMatch(/not be below/)
    expect(quantityRuleProblem({ increment: 0 })).toMatch(/increment/)
    expect(quantityRuleProblem({})).toMatch(/at least one/)
    expect(quantityRuleProblem({ min_quantity: 2, increment: 2 })).toBeNull()
  })
})
