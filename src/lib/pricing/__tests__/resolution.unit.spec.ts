import { PriceCandidate, priceTiers, resolvePrice } from "../resolution"

const list: PriceCandidate = { amount: 2.9, min_quantity: null, max_quantity: null, source: "list" }
const book: PriceCandidate[] = [
  { amount: 2.75, min_quantity: 1, max_quantity: 9, source: "price_book", list_type: "override" },
  { amount: 2.65, min_quantity: 10, max_quantity: 49, source: "price_book", list_type: "override" },
  { amount: 2.55, min_quantity: 50, max_quantity: null, source: "price_book", list_type: "override" },
]
const agreement: PriceCandidate = { amount: 2.5, min_quantity: null, max_quantity: null, source: "agreement", list_type: "sale" }

describe("price resolution order", () => {
  it("uses the list price when nothing else applies (Retail, or a product without book price)", () => {
    expect(resolvePrice([list], 1)).toEqual({ amount: 2.9, source: "list" })
    expect(resolvePrice([list], 500)).toEqual({ amount: 2.9, source: "list" })
  })

  it("uses the channel price book's break for the quantity", () => {
    expect(resolvePrice([list, ...book], 1)).toEqual({ amount: 2.75, source: "price_book" })
    expect(resolvePrice([list, ...book], 9)).toEqual({ amount: 2.75, source: "price_book" })
    expect(resolvePrice([list, ...book], 10)).toEqual({ amount: 2.65, source: "price_book" })
    expect(resolvePrice([list, ...book], 50)).toEqual({ amount: 2.55, source: "price_book" })
  })

  it("puts the company agreement before the price book, at every quantity", () => {
    for (const quantity of [1, 10, 50, 1000]) {
      expect(resolvePrice([list, ...book, agreement], quantity)).toEqual({ amount: 2.5, source: "agreement" })
    }
  })

  it("keeps the agreement even where a book break is lower, as the order says", () => {
    const generousBook = [{ ...book[2], amount: 2.3 }]
    expect(resolvePrice([list, ...generousBook, agreement], 60)).toEqual({ amount: 2.5, source: "agreement" })
  })

  it("never lets a sale-type agreement raise the price above the list price", () => {
    expect(resolvePrice([list, { ...agreement, amount: 3.2 }], 1)).toEqual({ amount: 2.9, source: "list" })
    expect(resolvePrice([list, { ...agreement, amount: 3.2, list_type: "override" }], 1)).toEqual({ amount: 3.2, source: "agreement" })
  })

  it("falls back to the book where the agreement has no price for that quantity range", () => {
    const smallOrdersOnly = { ...agreement, max_quantity: 9 }
    expect(resolvePrice([list, ...book, smallOrdersOnly], 5)).toEqual({ amount: 2.5, source: "agreement" })
    expect(resolvePrice([list, ...book, smallOrdersOnly], 10)).toEqual({ amount: 2.65, source: "price_book" })
  })
})

describe("price tiers", () => {
  it("lists the book's breaks for a buyer without agreement", () => {
    expect(priceTiers([list, ...book])).toEqual([
      { min_quantity: 1, max_quantity: 9, amount: 2.75, source: "price_book" },
      { min_quantity: 10, max_quantity: 49, amount: 2.65, source: "price_book" },
      { min_quantity: 50, max_quantity: null, amount: 2.55, source: "price_book" },
    ])
  })

  it("collapses to one tier when the agreement covers every quantity", () => {
    expect(priceTiers([list, ...book, agreement])).toEqual([{ min_quantity: 1, max_quantity: null, amount: 2.5, source: "agreement" }])
  })

  it("gives the list price as one tier on a channel without a book", () => {
    expect(priceTiers([list])).toEqual([{ min_quantity: 1, max_quantity: null, amount: 2.9, source: "list" }])
  })
})
