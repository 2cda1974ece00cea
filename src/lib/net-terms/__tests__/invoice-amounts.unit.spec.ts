import { TAX_NOTES } from "../../tax/contract"
import { invoiceAmountsOf, taxNoteOf, taxPerRate, taxRateLabel } from "../invoice-amounts"

// Medusa's decorated totals as an order answers them (numbers may come as strings).
const mug = { product_title: "Sand mug", variant_title: "Sand", variant_sku: "CUP-MUG-SAND", detail: { quantity: 2 }, unit_price: 12, subtotal: 24, discount_subtotal: 0, tax_total: 4.56, total: 28.56, tax_lines: [{ rate: 19, code: "DE" }] }
const coffee = { product_title: "Espresso", variant_title: "250 g", variant_sku: "COF-ESP-250", quantity: 3, unit_price: "7.2", subtotal: "21.6", discount_subtotal: 0, tax_total: "1.512", total: "23.112", tax_lines: [{ rate: 7, code: "DE_REDUCED" }] }
const shipping = { subtotal: 5.9, discount_subtotal: 0, tax_total: 1.121, tax_lines: [{ rate: 19, code: "DE" }] }
const order = { item_subtotal: 45.6, shipping_subtotal: 5.9, discount_subtotal: 0, tax_total: 7.193, total: 58.693, items: [mug, coffee], shipping_methods: [shipping] }

describe("invoice amounts from Medusa's order totals", () => {
  it("copies net lines, items subtotal, shipping, tax and total to the cent", () => {
    const amounts = invoiceAmountsOf(order)
    expect(amounts).toMatchObject({ item_subtotal: 45.6, shipping_subtotal: 5.9, discount_subtotal: 0, tax_total: 7.19, total: 58.69, tax_treatment: null })
    expect(amounts.lines).toEqual([
      { title: "Sand mug", variant: "Sand", sku: "CUP-MUG-SAND", quantity: 2, unit_price: 12, subtotal: 24, tax_rate: 19, tax_total: 4.56, total: 28.56 },
      { title: "Espresso", variant: "250 g", sku: "COF-ESP-250", quantity: 3, unit_price: 7.2, subtotal: 21.6, tax_rate: 7, tax_total: 1.51, total: 23.11 },
    ])
  })

  it("groups items and shipping by rate, lowest first, and the rates add up to the tax total", () => {
    const rates = invoiceAmountsOf(order).tax_rates
    expect(rates).toEqual([
      { rate: 7, base: 21.6, tax: 1.51 },
      { rate: 19, base: 29.9, tax: 5.68 },
    ])
    expect(rates.reduce((sum, r) => sum + r.tax, 0)).toBeCloseTo(7.19, 2)
  })

  it("charges a rate on the amount after discounts", () => {
    expect(taxPerRate([{ subtotal: 100, discount_subtotal: 10, tax_total: 17.1, tax_lines: [{ rate: 19 }] }])).toEqual([{ rate: 19, base: 90, tax: 17.1 }])
  })

  it("splits an item's tax over its several rates (a US state and county) and counts its net amount under each", () => {
    expect(taxPerRate([{ subtotal: 100, tax_total: 8.5, tax_lines: [{ rate: 6 }, { rate: 2.5 }] }])).toEqual([
      { rate: 2.5, base: 100, tax: 2.5 },
      { rate: 6, base: 100, tax: 6 },
    ])
  })

  it("counts what has no tax line at 0 %", () => {
    expect(taxPerRate([{ subtotal: 13.4, tax_total: 0, tax_lines: [] }, { subtotal: 5.9, tax_total: 0 }])).toEqual([{ rate: 0, base: 19.3, tax: 0 }])
  })

  it("names the zero-rating of the order's tax lines and its note", () => {
    const reverse = { rate: 0, code: "EU_REVERSE_CHARGE" }
    const zeroRated = { ...order, tax_total: 0, items: [{ ...mug, tax_total: 0, tax_lines: [reverse] }], shipping_methods: [{ ...shipping, tax_total: 0, tax_lines: [reverse] }] }
    const amounts = invoiceAmountsOf(zeroRated)
    expect(amounts.tax_treatment).toBe("reverse_charge")
    expect(amounts.tax_rates).toEqual([{ rate: 0, base: 29.9, tax: 0 }])
    expect(taxNoteOf(amounts.tax_treatment)).toBe(TAX_NOTES.reverse_charge)
    expect(invoiceAmountsOf({ ...order, items: [{ ...mug, tax_lines: [{ rate: 0, code: "US_RESALE_EXEMPT" }] }] }).tax_treatment).toBe("exempt")
    expect(taxNoteOf(null)).toBeNull()
  })

  it("calls the tax sales tax on USD invoices and VAT otherwise", () => {
    expect(taxRateLabel("eur", 19)).toBe("VAT 19%")
    expect(taxRateLabel("USD", 7.25)).toBe("Sales tax 7.25%")
  })
})
