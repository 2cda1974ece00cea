import { priceContextOf, queryPricingContext, viewCacheKey } from "../price-context"

const eur = { id: "reg_eu", currency_code: "eur" }
const wholesale = ["sc_wholesale"]

const contextFor = (groups: string[], pricesVisible = true, channels = wholesale, region = eur, priceListsInForce = "lists-v1") =>
  priceContextOf({ region, salesChannelIds: channels, customerGroupIds: groups, pricesVisible, priceListsInForce })

describe("view cache keys per price context", () => {
  it("differ between two companies, a guest, the Retail key and another region", () => {
    const keys = [
      viewCacheKey("catalog", { limit: 20 }, contextFor(["cg_acme"])),
      viewCacheKey("catalog", { limit: 20 }, contextFor(["cg_bistro"])),
      viewCacheKey("catalog", { limit: 20 }, contextFor([], false)),
      viewCacheKey("catalog", { limit: 20 }, contextFor([], true, ["sc_retail"])),
      viewCacheKey("catalog", { limit: 20 }, contextFor(["cg_acme"], true, wholesale, { id: "reg_us", currency_code: "usd" })),
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })

  it("change when the price lists in force change", () => {
    const before = viewCacheKey("catalog", { limit: 20 }, contextFor(["cg_acme"]))
    const after = viewCacheKey("catalog", { limit: 20 }, contextFor(["cg_acme"], true, wholesale, eur, "lists-v2"))
    expect(after).not.toBe(before)
  })

  it("are the same for the same context whatever the order of groups and parameters", () => {
    const a = viewCacheKey("catalog", { q: "mug", limit: 20 }, contextFor(["cg_b", "cg_a"]))
    const b = viewCacheKey("catalog", { limit: 20, q: "mug" }, contextFor(["cg_a", "cg_b", "cg_a"]))
    expect(a).toBe(b)
  })

  it("never share a key between two views with the same parameters", () => {
    expect(viewCacheKey("product", { handle: "x" }, contextFor([]))).not.toBe(viewCacheKey("catalog", { handle: "x" }, contextFor([])))
  })

  it("put no customer groups in a context whose prices are hidden", () => {
    expect(contextFor(["cg_acme"], false).customer_group_ids).toEqual([])
  })
})

describe("queryPricingContext", () => {
  it("prices as Medusa's store middleware does, with the key's single channel", () => {
    expect(queryPricingContext(contextFor(["cg_acme"]))).toEqual({
      region_id: "reg_eu",
      currency_code: "eur",
      sales_channel_id: "sc_wholesale",
      customer: { groups: [{ id: "cg_acme" }] },
    })
  })

  it("asks for no prices when the channel hides them from this caller", () => {
    expect(queryPricingContext(contextFor([], false))).toBeNull()
  })
})
