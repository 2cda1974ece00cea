import { agingBucket, agingReport, creditPosition, creditRefusal, daysOverdue, dueDate, PAYMENT_TERMS } from "../terms"

const issued = new Date("2026-11-24T16:45:00Z")

describe("due dates", () => {
  it.each([
    ["net_7", "2026-12-01"],
    ["net_15", "2026-12-09"],
    ["net_30", "2026-12-24"],
    ["net_45", "2027-01-08"],
    ["net_60", "2027-01-23"],
    ["net_90", "2027-02-22"],
  ] as const)("%s from 24 November is %s", (terms, due) => {
    expect(dueDate(terms, issued)!.toISOString().slice(0, 10)).toBe(due)
  })

  it("is the fulfilment day for due-on-fulfilment, unknown before it", () => {
    expect(dueDate("due_on_fulfillment", issued)).toBeNull()
    expect(dueDate("due_on_fulfillment", issued, new Date("2026-11-26T09:00:00Z"))!.toISOString()).toBe("2026-11-26T00:00:00.000Z")
  })

  it("covers every documented term", () => {
    expect(PAYMENT_TERMS).toHaveLength(7)
  })
})

describe("aging", () => {
  const due = new Date("2026-11-01T00:00:00Z")
  it.each([
    ["2026-10-31", "current", 0],
    ["2026-11-01", "current", 0],
    ["2026-11-02", "1-30", 1],
    ["2026-12-01", "1-30", 30],
    ["2026-12-02", "31-60", 31],
    ["2026-12-31", "31-60", 60],
    ["2027-01-01", "61-90", 61],
    ["2027-01-30", "61-90", 90],
    ["2027-01-31", "90+", 91],
  ] as const)("on %s an invoice due 1 November is %s (%i days)", (asOf, bucket, days) => {
    expect(agingBucket(due, new Date(`${asOf}T12:00:00Z`))).toBe(bucket)
    expect(daysOverdue(due, new Date(`${asOf}T12:00:00Z`))).toBe(days)
  })

  it("sums open amounts per bucket", () => {
    const asOf = new Date("2026-12-15T00:00:00Z")
    const report = agingReport(
      [
        { open_amount: 100.1, due_date: new Date("2026-12-20") },
        { open_amount: 50.2, due_date: new Date("2026-12-01") },
        { open_amount: 25, due_date: new Date("2026-12-01") },
        { open_amount: 10, due_date: new Date("2026-08-01") },
        { open_amount: 5, due_date: null },
      ],
      asOf
    )
    expect(report).toEqual({ current: 105.1, "1-30": 75.2, "31-60": 0, "61-90": 0, "90+": 10 })
  })
})

describe("credit", () => {
  it("counts unpaid invoices and authorized payments as used", () => {
    expect(creditPosition(5000, 1200.5, 300)).toEqual({ limit: 5000, used: 1500.5, available: 3499.5 })
  })

  it("accepts an order up to the available credit exactly, and explains a refusal", () => {
    const position = creditPosition(1000, 400, 100)
    expect(creditRefusal(position, 500, "eur")).toBeNull()
    expect(creditRefusal(position, 500.01, "eur")).toBe(
      "This order (500.01 EUR) exceeds the credit available on net terms (500.00 EUR of a 1000.00 EUR limit)"
    )
  })
})
