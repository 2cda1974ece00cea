import { becameOverdue, invoiceNumber, invoiceStatusOn, openAmount, paymentRefusal, voidRefusal } from "../invoice"

const day = (iso: string) => new Date(`${iso}T12:00:00Z`)
const invoice = (over: Partial<Parameters<typeof paymentRefusal>[0]> = {}) => ({
  number: "INV-2026-000007",
  total: 300,
  paid_amount: 0,
  status: "open" as const,
  currency_code: "eur",
  ...over,
})

describe("invoice rules", () => {
  it("numbers invoices per year with a zero-padded sequence", () => {
    expect(invoiceNumber(2026, 7)).toBe("INV-2026-000007")
    expect(invoiceNumber(2027, 123456)).toBe("INV-2027-123456")
  })

  it("counts the unpaid rest as open, and nothing for a void invoice", () => {
    expect(openAmount({ total: 300, paid_amount: 120.5, status: "partially_paid" })).toBe(179.5)
    expect(openAmount({ total: 300, paid_amount: 0, status: "void" })).toBe(0)
  })

  it("derives the status from payments and the due date", () => {
    const due = day("2026-12-01")
    expect(invoiceStatusOn({ total: 300, paid_amount: 0, due_date: due }, day("2026-12-01"))).toBe("open")
    expect(invoiceStatusOn({ total: 300, paid_amount: 100, due_date: due }, day("2026-11-20"))).toBe("partially_paid")
    expect(invoiceStatusOn({ total: 300, paid_amount: 100, due_date: due }, day("2026-12-02"))).toBe("overdue")
    expect(invoiceStatusOn({ total: 300, paid_amount: 300, due_date: due }, day("2027-03-01"))).toBe("paid")
    expect(invoiceStatusOn({ total: 300, paid_amount: 0, due_date: null }, day("2030-01-01"))).toBe("open")
  })

  it("accepts partial and exact payments and refuses more than is open", () => {
    expect(paymentRefusal(invoice(), 100)).toBeNull()
    expect(paymentRefusal(invoice({ paid_amount: 100, status: "partially_paid" }), 200)).toBeNull()
    expect(paymentRefusal(invoice({ paid_amount: 100, status: "partially_paid" }), 200.01)).toBe(
      "The payment (200.01 EUR) exceeds the open amount of invoice INV-2026-000007 (200.00 EUR)"
    )
  })

  it("refuses payments on paid and void invoices", () => {
    expect(paymentRefusal(invoice({ status: "paid", paid_amount: 300 }), 1)).toMatch(/already paid/)
    expect(paymentRefusal(invoice({ status: "void" }), 1)).toMatch(/is void/)
  })

  it("voids only invoices without payments", () => {
    expect(voidRefusal(invoice())).toBeNull()
    expect(voidRefusal(invoice({ paid_amount: 50, status: "partially_paid" }))).toMatch(/has recorded payments/)
    expect(voidRefusal(invoice({ status: "void" }))).toMatch(/already void/)
  })

  it("marks overdue only open or partially paid invoices past their due date", () => {
    const asOf = day("2026-12-10")
    const rows = [
      { id: "a", status: "open" as const, due_date: day("2026-12-09"), total: 10, paid_amount: 0 },
      { id: "b", status: "partially_paid" as const, due_date: day("2026-12-01"), total: 10, paid_amount: 5 },
      { id: "c", status: "open" as const, due_date: day("2026-12-10"), total: 10, paid_amount: 0 },
      { id: "d", status: "overdue" as const, due_date: day("2026-11-01"), total: 10, paid_amount: 0 },
      { id: "e", status: "void" as const, due_date: day("2026-11-01"), total: 10, paid_amount: 0 },
      { id: "f", status: "open" as const, due_date: null, total: 10, paid_amount: 0 },
    ]
    expect(becameOverdue(rows, asOf).map((r) => r.id)).toEqual(["a", "b"])
  })
})
