import { linesFromCells, orderSheetCsv, parseOrderSheet } from "../sheet"

describe("parseOrderSheet", () => {
  it("reads SKU,quantity lines without a header, skipping blank lines", () => {
    expect(parseOrderSheet("COF-ESP-1000,2\n\nSUP-OAT-1L, 12 \r\n")).toEqual([
      { sku: "COF-ESP-1000", variant_id: null, quantity: "2" },
      { sku: "SUP-OAT-1L", variant_id: null, quantity: "12" },
    ])
  })

  it("reads semicolons (European Excel), tabs (a pasted spreadsheet) and quoted cells", () => {
    expect(parseOrderSheet('\uFEFFsku;quantity\n"COF;ESP";3')).toEqual([{ sku: "COF;ESP", variant_id: null, quantity: "3" }])
    expect(parseOrderSheet("COF-ESP-1000\t4\nSUP-OAT-1L\t5")).toEqual([
      { sku: "COF-ESP-1000", variant_id: null, quantity: "4" },
      { sku: "SUP-OAT-1L", variant_id: null, quantity: "5" },
    ])
    expect(parseOrderSheet('"say ""hi""",1')[0].sku).toBe('say "hi"')
  })

  it("maps columns by their header and ignores the others, in any order", () => {
    expect(parseOrderSheet("product,Qty,SKU\nEspresso,6,COF-ESP-1000")).toEqual([{ sku: "COF-ESP-1000", variant_id: null, quantity: "6" }])
    expect(parseOrderSheet("variant_id,quantity\nvariant_1,2")).toEqual([{ sku: null, variant_id: "variant_1", quantity: "2" }])
  })

  it("keeps bad quantities as given so the report can show them", () => {
    expect(parseOrderSheet("COF-ESP-1000,two\nSUP-OAT-1L")).toEqual([
      { sku: "COF-ESP-1000", variant_id: null, quantity: "two" },
      { sku: "SUP-OAT-1L", variant_id: null, quantity: "" },
    ])
  })
})

describe("orderSheetCsv", () => {
  it("writes a sheet that reads back as the same lines", () => {
    const csv = orderSheetCsv([
      { sku: "COF-ESP-1000", quantity: 2, product_title: "Espresso, dark", variant_title: "1 kg", unit_price: 21.5 },
      { sku: "SUP-OAT-1L", quantity: 12, product_title: "Oat drink", variant_title: null, unit_price: 2.9 },
    ])
    expect(csv.split("\r\n")[1]).toBe('COF-ESP-1000,2,"Espresso, dark",1 kg,21.5')
    expect(parseOrderSheet(csv)).toEqual([
      { sku: "COF-ESP-1000", variant_id: null, quantity: "2" },
      { sku: "SUP-OAT-1L", variant_id: null, quantity: "12" },
    ])
  })

  it("keeps a product name a spreadsheet would run as a formula as text", () => {
    expect(orderSheetCsv([{ sku: "X", quantity: 1, product_title: "=HYPERLINK(1)" }])).toContain(",'=HYPERLINK(1),")
  })

  it("reads worksheet rows the same way", () => {
    expect(linesFromCells([["SKU", "Quantity"], ["COF-ESP-1000", "3"], ["", ""]])).toEqual([{ sku: "COF-ESP-1000", variant_id: null, quantity: "3" }])
  })
})
