import { offerProblem, priceOffer } from "../offer"

const lines = [
  { id: "a", quantity: 10, requested_unit_price: 2.75, offered_unit_price: 2.4 },
  { id: "b", quantity: 3, requested_unit_price: 145, offered_unit_price: null },
]

describe("quote offers", () => {
  it("prices each line at the offered price, else the requested one, and adds shipping", () => {
    expect(priceOffer(lines, 0, 15)).toEqual({
      lines: [
        { id: "a", quantity: 10, unit_price: 2.4, total: 24 },
        { id: "b", quantity: 3, unit_price: 145, total: 435 },
      ],
      item_total: 459,
      shipping_total: 15,
      tax_total: 0,
      total: 474,
    })
  })

  it("adds each line's VAT at its rate, and the shipping's, to the taxed total", () => {
    const offer = priceOffer(lines, 0, 15, { lines: { a: 19, b: 7 }, shipping: 19 })
    // 24 × 19 % + 435 × 7 % + 15 × 19 % = 4.56 + 30.45 + 2.85
    expect(offer.tax_total).toBe(37.86)
    expect(offer.total).toBe(474 + 37.86)
    expect(priceOffer(lines, 0, 15, { lines: { a: 0, b: 0 }, shipping: 0 }).total).toBe(474)
  })

  it("applies a percentage discount to every unit price, rounded to cents", () => {
    const offer = priceOffer(lines, 5, 0)
    expect(offer.lines.map((l) => l.unit_price)).toEqual([2.28, 137.75])
    expect(offer.total).toBe(22.8 + 413.25)
  })

  it("will not send an offer with unpriced lines or without a future valid-until date", () => {
    const now = new Date("2026-11-24T12:00:00Z")
    expect(offerProblem(lines, "2026-12-01", now)).toMatch(/1 without one/)
    const priced = lines.map((l) => ({ ...l, offered_unit_price: 1 }))
    expect(offerProblem(priced, null, now)).toMatch(/valid-until/)
    expect(offerProblem(priced, "2026-11-24T11:00:00Z", now)).toMatch(/future/)
    expect(offerProblem(priced, "2026-12-01", now)).toBeNull()
  })
})

describe("quote permissions", () => {
  const { quotePermissionNeeded } = require("../access")
  it("needs own rights on one's own quote and others' rights on a colleague's", () => {
    expect(quotePermissionNeeded(true, "view")).toBe("quotes.view_own")
    expect(quotePermissionNeeded(false, "view")).toBe("quotes.view_others")
    expect(quotePermissionNeeded(true, "respond")).toBe("quotes.respond_own")
    expect(quotePermissionNeeded(false, "respond")).toBe("quotes.respond_others")
  })
})
