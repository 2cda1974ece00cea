import TaxTreatmentProvider from "../service"

const rate = (id: string, value: number, code: string) => ({ id, rate: value, code, name: code, is_default: true, is_combinable: false }) as any
const itemLines = [
  { line_item: { id: "item_coffee" }, rates: [rate("txr_reduced", 7, "VAT-DE-REDUCED")] },
  { line_item: { id: "item_mug" }, rates: [rate("txr_standard", 19, "VAT-DE")] },
] as any
const shippingLines = [{ shipping_line: { id: "ship_1" }, rates: [rate("txr_standard", 19, "VAT-DE")] }] as any
const context = (tax_treatment?: string) => ({ address: { country_code: "de" }, ...(tax_treatment ? { additional_context: { tax_treatment } } : {}) }) as any

describe("the tax-treatment provider", () => {
  const provider = new TaxTreatmentProvider()

  it("applies Medusa's rates to every line for a consumer or a business charged standard rates", async () => {
    for (const treatment of [undefined, "consumer", "standard"]) {
      const lines = await provider.getTaxLines(itemLines, shippingLines, context(treatment))
      expect(lines.map((l: any) => [l.line_item_id ?? l.shipping_line_id, l.rate, l.code, l.rate_id])).toEqual([
        ["item_coffee", 7, "VAT-DE-REDUCED", "txr_reduced"],
        ["item_mug", 19, "VAT-DE", "txr_standard"],
        ["ship_1", 19, "VAT-DE", "txr_standard"],
      ])
    }
  })

  it("zero-rates every line and the shipping under a reverse charge or a resale exemption, naming why", async () => {
    const reverse = await provider.getTaxLines(itemLines, shippingLines, context("reverse_charge"))
    expect(reverse.map((l: any) => [l.line_item_id ?? l.shipping_line_id, l.rate, l.code])).toEqual([
      ["item_coffee", 0, "EU_REVERSE_CHARGE"],
      ["item_mug", 0, "EU_REVERSE_CHARGE"],
      ["ship_1", 0, "EU_REVERSE_CHARGE"],
    ])
    const exempt = await provider.getTaxLines(itemLines, [], context("exempt"))
    expect(exempt.map((l: any) => [l.rate, l.code, l.provider_id])).toEqual([[0, "US_RESALE_EXEMPT", "treatment"], [0, "US_RESALE_EXEMPT", "treatment"]])
  })
})
