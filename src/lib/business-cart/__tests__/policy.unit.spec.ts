import { approvalState, BusinessCartFacts, checkBusinessCart, checkChannelCart, checkSingleOrderCompletion, RefusalCode, sameLines } from "../policy"

const line = { variant_id: "variant_oat", quantity: 4, unit_price: 2.5 }

/** A business cart that may become an order; each case breaks one fact. */
function facts(overrides: Partial<BusinessCartFacts> = {}): BusinessCartFacts {
  return {
    unit: { id: "bu_berlin", active: true },
    owner_is_associate: true,
    actor: { permissions: new Set(["orders.place_own"]), is_owner: true },
    lines: [line],
    expected_prices: [2.5],
    channel_violations: [],
    quantity_violations: [],
    approval: { reasons: [], over_budget: false, flows: [] },
    net_terms: { requested: false, unavailable: null, credit: null },
    total: 10,
    currency_code: "eur",
    ...overrides,
  }
}

const codes = (f: BusinessCartFacts): RefusalCode[] => checkBusinessCart(f).map((r) => r.code)
const needsApproval = { reasons: ['rule "Orders above 500 EUR"'], over_budget: false }

describe("business-cart policy", () => {
  it("lets a complete, priced, approved-or-unneeded cart through", () => {
    expect(checkBusinessCart(facts())).toEqual([])
  })

  it("refuses a Wholesale cart of an associate that belongs to no unit (unit_missing)", () => {
    expect(codes(facts({ unit: null }))).toEqual(["unit_missing"])
  })

  it("refuses when the cart's customer is not an associate of its unit (not_associate)", () => {
    expect(codes(facts({ owner_is_associate: false }))).toEqual(["not_associate"])
  })

  it("refuses an inactive unit or one below an inactive unit (unit_inactive)", () => {
    expect(codes(facts({ unit: { id: "bu_berlin", active: false } }))).toEqual(["unit_inactive"])
  })

  it("refuses a caller without the place permission for own or others' carts (not_permitted)", () => {
    expect(codes(facts({ actor: { permissions: new Set(["carts.update_own"]), is_owner: true } }))).toEqual(["not_permitted"])
    expect(codes(facts({ actor: { permissions: new Set(["orders.place_own"]), is_owner: false } }))).toEqual(["not_permitted"])
    expect(codes(facts({ actor: { permissions: new Set(["orders.place_others"]), is_owner: false } }))).toEqual([])
  })

  it("refuses products outside the channel (channel_mismatch) and broken quantity rules (quantity_rule)", () => {
    expect(codes(facts({ channel_violations: ['"Mug" is not sold in the Wholesale sales channel'] }))).toEqual(["channel_mismatch"])
    expect(codes(facts({ quantity_violations: ['"Cups" is sold in multiples of 50'] }))).toEqual(["quantity_rule"])
  })

  it("refuses a line priced otherwise than the caller's listing, or unpriced (price_mismatch)", () => {
    expect(codes(facts({ expected_prices: [2.9] }))).toEqual(["price_mismatch"])
    expect(codes(facts({ expected_prices: [null] }))).toEqual(["price_mismatch"])
  })

  it("refuses a cart taxed under another treatment than the unit's current one (tax_outdated)", () => {
    expect(codes(facts({ tax: { expected: "reverse_charge", applied: null } }))).toEqual(["tax_outdated"])
    expect(codes(facts({ tax: { expected: null, applied: "exempt" } }))).toEqual(["tax_outdated"])
    expect(codes(facts({ tax: { expected: "reverse_charge", applied: "reverse_charge" } }))).toEqual([])
  })

  it("asks for approval when a rule matches (approval_required) and names a budget overrun (over_budget)", () => {
    expect(codes(facts({ approval: { ...needsApproval, flows: [] } }))).toEqual(["approval_required"])
    expect(codes(facts({ approval: { reasons: ["budget exceeded"], over_budget: true, flows: [] } }))).toEqual(["over_budget"])
  })

  it("waits for a pending approval and refuses after a rejection", () => {
    expect(codes(facts({ approval: { ...needsApproval, flows: [{ id: "f1", status: "pending", lines: [line], total: 10 }] } }))).toEqual(["approval_pending"])
    expect(codes(facts({ approval: { ...needsApproval, flows: [{ id: "f1", status: "rejected", lines: [line], total: 10 }] } }))).toEqual(["approval_rejected"])
  })

  it("holds an approval for exactly the approved lines: swapped lines with the same total void it (approval_outdated)", () => {
    const approved = { ...needsApproval, flows: [{ id: "f1", status: "approved" as const, lines: [line], total: 10 }] }
    expect(codes(facts({ approval: approved }))).toEqual([])
    const swapped = [{ variant_id: "variant_beans", quantity: 1, unit_price: 10 }]
    expect(codes(facts({ approval: approved, lines: swapped, expected_prices: [10] }))).toEqual(["approval_outdated"])
    const moreOfLess = [{ variant_id: "variant_oat", quantity: 5, unit_price: 2 }]
    expect(codes(facts({ approval: approved, lines: moreOfLess, expected_prices: [2] }))).toEqual(["approval_outdated"])
  })

  it("lets an approval cover a lower total (a promotion) but not a higher one (dearer delivery added later)", () => {
    const approved = { ...needsApproval, flows: [{ id: "f1", status: "approved" as const, lines: [line], total: 10 }] }
    expect(codes(facts({ approval: approved, total: 8 }))).toEqual([])
    expect(codes(facts({ approval: approved, total: 19.9 }))).toEqual(["approval_outdated"])
  })

  it("refuses net terms where the unit has none (net_terms_unavailable) and orders over the credit (credit_exceeded)", () => {
    expect(codes(facts({ net_terms: { requested: true, unavailable: "no payment terms", credit: null } }))).toEqual(["net_terms_unavailable"])
    const credit = { limit: 1000, available: 9.99, currency_code: "eur" }
    expect(codes(facts({ net_terms: { requested: true, unavailable: null, credit } }))).toEqual(["credit_exceeded"])
    expect(codes(facts({ net_terms: { requested: true, unavailable: null, credit: { ...credit, available: 10 } } }))).toEqual([])
    expect(codes(facts({ net_terms: { requested: false, unavailable: "no payment terms", credit: null } }))).toEqual([])
  })

  it("applies only channel, quantity and price rules to a Wholesale cart of a non-associate", () => {
    const guest = facts({ unit: null, owner_is_associate: false, expected_prices: [2.75] })
    expect(checkChannelCart(guest).map((r) => r.code)).toEqual(["price_mismatch"])
  })

  it("compares snapshots as multisets of variant, quantity and unit price", () => {
    const a = { variant_id: "a", quantity: 1, unit_price: 1 }
    const b = { variant_id: "b", quantity: 2, unit_price: 3 }
    expect(sameLines([a, b], [b, a])).toBe(true)
    expect(sameLines([a, b], [a, a])).toBe(false)
    expect(sameLines([a], [a, b])).toBe(false)
  })

  it("reads the approval state from the newest flow", () => {
    expect(approvalState({ reasons: [], over_budget: false, flows: [] }, [line], 10)).toBe("not_needed")
    expect(approvalState({ ...needsApproval, flows: [] }, [line], 10)).toBe("required")
    expect(approvalState({ ...needsApproval, flows: [{ id: "new", status: "approved", lines: [line], total: 10 }, { id: "old", status: "rejected", lines: [], total: 10 }] }, [line], 10)).toBe("approved")
  })
})

describe("business-cart policy: delivery terms", () => {
  it("refuses a requested delivery date the calendar no longer allows (delivery_date_unavailable), naming the reason", () => {
    const refusals = checkBusinessCart(facts({ delivery: { count: 1, date_refusals: ["2026-12-24 is a closed date; the next allowed delivery date is 2026-12-28"], outdated: false } }))
    expect(refusals.map((r) => r.code)).toEqual(["delivery_date_unavailable"])
    expect(refusals[0].message).toContain("2026-12-28")
    expect(codes(facts({ delivery: { count: 2, date_refusals: [], outdated: false } }))).toEqual([])
  })

  it("refuses a plan made for other lines than the cart now holds (delivery_plan_outdated)", () => {
    expect(codes(facts({ delivery: { count: 2, date_refusals: [], outdated: true } }))).toEqual(["delivery_plan_outdated"])
  })

  it("judges one delivery of a split checkout by the approval of the whole basket", () => {
    const basket = [line, { variant_id: "variant_cups", quantity: 100, unit_price: 0.2 }]
    const approvedBasket = { ...needsApproval, flows: [{ id: "f1", status: "approved" as const, lines: basket, total: 30 }] }
    // The delivery holds only part of the basket: approved because the basket is.
    expect(codes(facts({ approval: { ...approvedBasket, subject: { lines: basket, total: 30 } } }))).toEqual([])
    // A basket whose total grew past the approval (one more delivery's shipping) is outdated for every delivery.
    expect(codes(facts({ approval: { ...approvedBasket, subject: { lines: basket, total: 35.9 } } }))).toEqual(["approval_outdated"])
    // Without the basket, the part alone does not match the approved lines.
    expect(codes(facts({ approval: approvedBasket }))).toEqual(["approval_outdated"])
  })

  it("sends a split cart to the split checkout instead of one order (split_delivery)", () => {
    expect(checkSingleOrderCompletion({ delivery: { count: 3, date_refusals: [], outdated: false } }).map((r) => r.code)).toEqual(["split_delivery"])
    expect(checkSingleOrderCompletion({ delivery: { count: 1, date_refusals: [], outdated: false } })).toEqual([])
    expect(checkSingleOrderCompletion({ delivery: null })).toEqual([])
  })
})
