import { QUOTE_EVENTS, quoteNotification } from "../notifications"

describe("quote notifications", () => {
  const quote = { id: "quo_1", email: "buyer@example.com", po_number: "PO-7" }

  it("tells the merchant of the buyer's moves and the buyer of the merchant's", () => {
    expect(quoteNotification("quote.requested", quote, "sales@shop.test")).toMatchObject({ to: "sales@shop.test", template: "quote-requested" })
    expect(quoteNotification("quote.accepted", quote, "sales@shop.test")?.to).toBe("sales@shop.test")
    expect(quoteNotification("quote.sent", quote, "sales@shop.test")).toMatchObject({ to: "buyer@example.com", template: "quote-sent" })
    expect(quoteNotification("quote.expired", quote, "sales@shop.test")?.data.subject).toBe("Your quote has expired: quo_1 (PO PO-7)")
  })

  it("covers every transition event and nothing else", () => {
    expect(QUOTE_EVENTS.sort()).toEqual(["quote.accepted", "quote.declined", "quote.expired", "quote.renegotiating", "quote.requested", "quote.sent", "quote.withdrawn"])
    expect(quoteNotification("quote.drafting", quote, "x")).toBeNull()
  })
})
