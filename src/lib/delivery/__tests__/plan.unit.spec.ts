import { allocateDeliveryLines, CartLine, planMatchesCart } from "../plan"

const cups: CartLine = { id: "li_cups", variant_id: "variant_cups", quantity: 100, unit_price: 0.2 }
const oat: CartLine = { id: "li_oat", variant_id: "variant_oat", quantity: 12, unit_price: 2.5 }
const at = (address_id: string, requested_date: string, lines?: { line_item_id: string; quantity: number }[]) => ({ address_id, requested_date, lines })

describe("allocating a cart's lines to deliveries", () => {
  it("gives one delivery without lines the whole cart", () => {
    expect(allocateDeliveryLines([cups, oat], [at("a1", "2026-12-08")])).toEqual({
      ok: true,
      deliveries: [[
        { line_item_id: "li_cups", variant_id: "variant_cups", quantity: 100, unit_price: 0.2 },
        { line_item_id: "li_oat", variant_id: "variant_oat", quantity: 12, unit_price: 2.5 },
      ]],
    })
  })

  it("splits lines across deliveries when the quantities add up exactly, dropping zero quantities", () => {
    const result = allocateDeliveryLines([cups, oat], [
      at("a1", "2026-12-08", [{ line_item_id: "li_cups", quantity: 50 }, { line_item_id: "li_oat", quantity: 0 }]),
      at("a2", "2026-12-22", [{ line_item_id: "li_cups", quantity: 50 }, { line_item_id: "li_oat", quantity: 12 }]),
    ])
    expect(result.ok && result.deliveries.map((d) => d.map((l) => `${l.line_item_id}×${l.quantity}`))).toEqual([["li_cups×50"], ["li_cups×50", "li_oat×12"]])
  })

  it("refuses quantities that leave units over or assign some twice, naming the line", () => {
    const under = allocateDeliveryLines([cups, oat], [at("a1", "d", [{ line_item_id: "li_cups", quantity: 40 }]), at("a2", "d", [{ line_item_id: "li_cups", quantity: 50 }, { line_item_id: "li_oat", quantity: 12 }])])
    expect(under).toEqual({ ok: false, message: expect.stringContaining("line li_cups: 90 of 100 assigned") })
    const over = allocateDeliveryLines([cups], [at("a1", "d", [{ line_item_id: "li_cups", quantity: 60 }]), at("a2", "d", [{ line_item_id: "li_cups", quantity: 60 }])])
    expect(over).toEqual({ ok: false, message: expect.stringContaining("120 of 100") })
  })

  it("refuses unknown lines, a line named twice in one delivery, an empty delivery and a split without lines", () => {
    expect(allocateDeliveryLines([cups], [at("a1", "d", [{ line_item_id: "li_other", quantity: 1 }]), at("a2", "d", [])]).ok).toBe(false)
    expect(allocateDeliveryLines([cups], [at("a1", "d", [{ line_item_id: "li_cups", quantity: 50 }, { line_item_id: "li_cups", quantity: 50 }])])).toEqual({ ok: false, message: "Delivery 1 names line li_cups twice" })
    expect(allocateDeliveryLines([cups], [at("a1", "d", [{ line_item_id: "li_cups", quantity: 100 }]), at("a2", "d", [{ line_item_id: "li_cups", quantity: 0 }])])).toEqual({ ok: false, message: "Delivery 2 has nothing to deliver" })
    expect(allocateDeliveryLines([cups], [at("a1", "d"), at("a2", "d")])).toEqual({ ok: false, message: expect.stringContaining("Delivery 1 names no lines") })
    expect(allocateDeliveryLines([], [at("a1", "d")]).ok).toBe(false)
  })
})

describe("a plan against the cart it was made for", () => {
  const planned = [[{ line_item_id: "li_cups", variant_id: "variant_cups", quantity: 60, unit_price: 0.2 }], [{ line_item_id: "li_cups", variant_id: "variant_cups", quantity: 40, unit_price: 0.2 }, { line_item_id: "li_oat", variant_id: "variant_oat", quantity: 12, unit_price: 2.5 }]]

  it("matches while lines, quantities and prices are unchanged", () => {
    expect(planMatchesCart([cups, oat], planned)).toBe(true)
  })

  it("is outdated once a quantity, a price or the set of lines changed", () => {
    expect(planMatchesCart([{ ...cups, quantity: 110 }, oat], planned)).toBe(false)
    expect(planMatchesCart([cups, { ...oat, unit_price: 2.9 }], planned)).toBe(false)
    expect(planMatchesCart([cups], planned)).toBe(false)
    expect(planMatchesCart([cups, oat, { id: "li_new", variant_id: "v", quantity: 1, unit_price: 1 }], planned)).toBe(false)
  })
})
