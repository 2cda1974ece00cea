import { channelKindOf, isWholesaleChannel, variantsOutsideChannel } from "../channels"

describe("channel kind", () => {
  it("reads the kind from metadata and ignores anything else", () => {
    expect(channelKindOf({ metadata: { channel_kind: "b2b" } })).toBe("b2b")
    expect(channelKindOf({ metadata: { channel_kind: "b2c" } })).toBe("b2c")
    expect(channelKindOf({ metadata: { channel_kind: "B2B" } })).toBeNull()
    expect(channelKindOf({ metadata: null })).toBeNull()
    expect(channelKindOf(undefined)).toBeNull()
  })

  it("treats only the b2b kind as wholesale", () => {
    expect(isWholesaleChannel({ metadata: { channel_kind: "b2b" } })).toBe(true)
    expect(isWholesaleChannel({ metadata: { channel_kind: "b2c" } })).toBe(false)
    expect(isWholesaleChannel({ metadata: {} })).toBe(false)
  })
})

describe("variantsOutsideChannel", () => {
  const variants = [
    { id: "both", product: { sales_channels: [{ id: "sc_retail" }, { id: "sc_wholesale" }] } },
    { id: "retail", product: { sales_channels: [{ id: "sc_retail" }] } },
    { id: "nowhere", product: { sales_channels: [] } },
    { id: "orphan", product: null },
  ]

  it("returns the variants whose product is not in the channel", () => {
    expect(variantsOutsideChannel(variants, "sc_wholesale").map((v) => v.id)).toEqual([
      "retail",
      "nowhere",
      "orphan",
    ])
    expect(variantsOutsideChannel(variants, "sc_retail").map((v) => v.id)).toEqual([
      "nowhere",
      "orphan",
    ])
  })
})
