import { hidesPricesFromGuests, withoutPriceFields } from "../price-visibility"

describe("guest price visibility", () => {
  it("hides prices only when the channel says so", () => {
    expect(hidesPricesFromGuests({ metadata: { guest_prices: "hide" } })).toBe(true)
    expect(hidesPricesFromGuests({ metadata: { guest_prices: "show" } })).toBe(false)
    expect(hidesPricesFromGuests({ metadata: null })).toBe(false)
    expect(hidesPricesFromGuests(null)).toBe(false)
  })

  it("drops every field that computes or reveals a price and keeps the rest", () => {
    const fields = ["id", "title", "*variants", "variants.calculated_price", "*variants.calculated_price", "variants.calculated_price.calculated_amount", "variants.prices.amount", "variants.sku"]
    expect(withoutPriceFields(fields)).toEqual(["id", "title", "*variants", "variants.sku"])
  })
})
