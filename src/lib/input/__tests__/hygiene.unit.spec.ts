import { controlCharacterPath, hasControlCharacters, isIsoCurrency, isMoneyAmount, isSaneDate } from "../hygiene"

describe("input hygiene", () => {
  it("finds NUL and other control characters, but keeps tabs and line breaks", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true)
    expect(hasControlCharacters("bell\u0007")).toBe(true)
    expect(hasControlCharacters("line one\nline two\tcol\r")).toBe(false)
    expect(hasControlCharacters("Torstraße 5, Café")).toBe(false)
  })

  it("names where in a body or query a control character sits", () => {
    expect(controlCharacterPath({ name: "ok", items: [{ title: "x\u0000" }] })).toBe("items.0.title")
    expect(controlCharacterPath({ ["k\u0000"]: 1 })).toBe("(key)")
    expect(controlCharacterPath({ q: ["fine", "also fine"] })).toBeNull()
    expect(controlCharacterPath("\u0001")).toBe("(value)")
  })

  it("accepts real ISO currencies only", () => {
    expect(isIsoCurrency("EUR")).toBe(true)
    expect(isIsoCurrency("usd")).toBe(true)
    expect(isIsoCurrency("NaN")).toBe(false)
    expect(isIsoCurrency("XYZ")).toBe(false)
  })

  it("bounds money: finite, not negative, at most a billion, two decimals", () => {
    expect(isMoneyAmount(0)).toBe(true)
    expect(isMoneyAmount(1234.56)).toBe(true)
    expect(isMoneyAmount(1e308)).toBe(false)
    expect(isMoneyAmount(-1)).toBe(false)
    expect(isMoneyAmount(0.001)).toBe(false)
    expect(isMoneyAmount(Number.NaN)).toBe(false)
  })

  it("keeps dates between 2000 and ten years ahead", () => {
    const now = new Date("2026-11-30T00:00:00Z")
    expect(isSaneDate(new Date("2026-12-07T00:00:00Z"), now)).toBe(true)
    expect(isSaneDate(new Date("1970-01-01T00:00:00Z"), now)).toBe(false)
    expect(isSaneDate(new Date("2040-01-01T00:00:00Z"), now)).toBe(false)
    expect(isSaneDate(new Date("not a date"), now)).toBe(false)
  })
})
