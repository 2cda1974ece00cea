import { BulkFacts, BulkVariant, normalizeSku, parseQuantity, planBulkAdd } from "../plan"

const variant = (id: string, sku: string, extra: Partial<BulkVariant> = {}): BulkVariant => ({
  id,
  sku,
  title: "1 kg",
  product_title: `Product ${id}`,
  sellable: true,
  available: null,
  ...extra,
})

function facts(variants: BulkVariant[], held: Record<string, number> = {}, rules: BulkFacts["rules"] = new Map()): BulkFacts {
  return {
    bySku: new Map(variants.map((v) => [normalizeSku(v.sku!), v])),
    byId: new Map(variants.map((v) => [v.id, v])),
    held: new Map(Object.entries(held)),
    rules,
  }
}

describe("parseQuantity", () => {
  it("takes positive whole numbers only", () => {
    expect([1, "12", " 3 ", "0", "-2", "1.5", "two", "", null, 1e9].map(parseQuantity)).toEqual([1, 12, 3, null, null, null, null, null, null, null])
  })
})

describe("planBulkAdd", () => {
  const espresso = variant("v_esp", "COF-ESP-1000")
  const oat = variant("v_oat", "SUP-OAT-1L")

  it("reports each kind of bad row with its code and adds exactly the valid ones", () => {
    const retailOnly = variant("v_retail", "COF-RETAIL-250", { sellable: false })
    const plan = planBulkAdd(
      [
        { sku: " cof-esp -1000", quantity: "2" },
        { sku: "NOPE", quantity: 1 },
        { sku: "COF-RETAIL-250", quantity: 1 },
        { sku: "SUP-OAT-1L", quantity: "1.5" },
        { quantity: 3 },
        { variant_id: "v_oat", quantity: 4 },
      ],
      facts([espresso, oat, retailOnly])
    )
    expect(plan.rows.map((r) => [r.row, r.status, r.code])).toEqual([
      [1, "added", undefined],
      [2, "refused", "unknown_sku"],
      [3, "refused", "not_in_channel"],
      [4, "refused", "invalid_quantity"],
      [5, "refused", "missing_reference"],
      [6, "added", undefined],
    ])
    expect(plan.rows[0]).toMatchObject({ sku: "COF-ESP-1000", variant_id: "v_esp", quantity: 2, product_title: "Product v_esp" })
    expect(plan.items).toEqual([
      { variant_id: "v_esp", quantity: 2 },
      { variant_id: "v_oat", quantity: 4 },
    ])
    expect(plan.applied).toBe(true)
  })

  it("merges duplicate SKUs into one add and checks quantity rules with what the cart holds", () => {
    const rules = new Map([["v_oat", { increment: 6 }]])
    const merged = planBulkAdd([{ sku: "SUP-OAT-1L", quantity: 2 }, { sku: "sup-oat-1l", quantity: 2 }], facts([oat], { v_oat: 2 }, rules))
    expect(merged.items).toEqual([{ variant_id: "v_oat", quantity: 4 }])
    const broken = planBulkAdd([{ sku: "SUP-OAT-1L", quantity: 6 }], facts([oat], { v_oat: 2 }, rules))
    expect(broken.items).toEqual([])
    expect(broken.rows[0]).toMatchObject({ status: "refused", code: "quantity_rule", message: expect.stringMatching(/multiples of 6 \(asked for 8\)/) })
  })

  it("refuses more than is in stock, counting the cart's lines", () => {
    const scarce = variant("v_scarce", "SCARCE", { available: 5 })
    const plan = planBulkAdd([{ sku: "SCARCE", quantity: 2 }, { sku: "SCARCE", quantity: 2 }], facts([scarce], { v_scarce: 2 }))
    expect(plan.rows.map((r) => r.code)).toEqual(["out_of_stock", "out_of_stock"])
    expect(plan.rows[0].message).toMatch(/5 available, the cart would hold 6/)
  })

  it("adds nothing in all-or-nothing mode when one row is refused", () => {
    const plan = planBulkAdd([{ sku: "COF-ESP-1000", quantity: 1 }, { sku: "NOPE", quantity: 1 }], facts([espresso]), "all_or_nothing")
    expect(plan).toMatchObject({ applied: false, items: [] })
    expect(plan.rows.map((r) => r.code)).toEqual(["not_applied", "unknown_sku"])
    expect(planBulkAdd([{ sku: "COF-ESP-1000", quantity: 1 }], facts([espresso]), "all_or_nothing").applied).toBe(true)
  })
})
