import ExcelJS from "exceljs"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BulkAddResult } from "../../../src/lib/bulk-order/contract"
import { as, associateWithRoles, customerToken } from "../../helpers/business-api"
import { BERLIN_ADDRESS, demoFixture } from "../../helpers/demo-fixture"
import { completeCart, Demo, prepareCheckout, setStock, variantIdBySku } from "../../helpers/store-api"
import { httpSuite } from "../../helpers/shared-app"

// Sold through the Wholesale channel (some in both), without quantity rules.
const WHOLESALE_SKUS = ["COF-ESP-1000", "SUP-OAT-1L", "COF-ESP-CASE6", "TEA-BRK-1000", "GEAR-FILT-5000", "CUP-TA12-1000", "SUP-STIR-10K", "SUP-SYR-CASE6", "TEA-EG-CASE10", "TEA-CHAI-250"]
const RETAIL_ONLY = "COF-FIL-3PK"
const SYRUP = "SUP-SYR-VAN" // Wholesale rule: 6 to 120, in sixes
const SCARCE = "GEAR-KETTLE"

export default httpSuite("bulk-order", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let tokens: Record<string, string>

  beforeAll(async () => {
    const fixture = await demoFixture(api, ["acme-buyer", "acme-admin", "globex-buyer", "shopper"])
    ;({ demo, wholesale, retail, tokens } = fixture)
    await associateWithRoles(getContainer(), demo.business.units.acmeBerlin.id, "acme-viewer@example.com", [{ role: "viewer", inherit: false }])
    tokens["acme-viewer"] = await customerToken(api, "acme-viewer@example.com")
    await setStock(getContainer(), demo, SCARCE, 5)
  })

  const buyer = () => as(tokens["acme-buyer"], wholesale)
  const newCart = async (token = tokens["acme-buyer"], key = wholesale) => (await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(token, key))).data.cart.id as string
  const cartLines = async (cartId: string) => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["items.variant_sku", "items.quantity"], filters: { id: cartId } })
    return Object.fromEntries(((data[0] as any).items ?? []).map((i: any) => [i.variant_sku, Number(i.quantity)]))
  }
  const bulk = (cartId: string, body: object, options = buyer()) => api.post(`/store/business/carts/${cartId}/line-items/bulk`, body, options)
  const upload = (cartId: string, file: Blob, name: string, fields: Record<string, string> = {}, options = buyer()) => {
    const form = new FormData()
    form.append("file", file, name)
    for (const [key, value] of Object.entries(fields)) form.append(key, value)
    return api.post(`/store/business/carts/${cartId}/line-items/import`, form, options)
  }

  it("adds exactly the valid rows of a 300-line CSV and reports each of 5 kinds of bad rows with its code", async () => {
    const cartId = await newCart()
    const rows: string[] = []
    for (let i = 0; i < 295; i++) rows.push(`${i % 3 ? WHOLESALE_SKUS[i % 10] : ` ${WHOLESALE_SKUS[i % 10].toLowerCase()}`};1`)
    rows.splice(10, 0, "NO-SUCH-SKU;1")
    rows.splice(50, 0, `${RETAIL_ONLY};1`)
    rows.splice(100, 0, "SUP-OAT-1L;-3")
    rows.splice(150, 0, `${SYRUP};7`)
    rows.splice(200, 0, `${SCARCE};6`)
    const csv = `SKU;Quantity\n${rows.join("\n")}\n`
    const res = await upload(cartId, new Blob([csv], { type: "text/csv" }), "weekly.csv")
    expect(res.status).toBe(200)
    const report: BulkAddResult = res.data.bulk
    expect(report).toMatchObject({ applied: true, added: 295, refused: 5 })
    expect(report.rows).toHaveLength(300)
    const refused = report.rows.filter((r) => r.status === "refused").map((r) => [r.row, r.code])
    expect(refused).toEqual([
      [11, "unknown_sku"],
      [51, "not_in_channel"],
      [101, "invalid_quantity"],
      [151, "quantity_rule"],
      [201, "out_of_stock"],
    ])
    expect(report.rows.find((r) => r.row === 151)!.message).toMatch(/multiples of 6/)
    expect(report.rows[0]).toMatchObject({ status: "added", sku: "COF-ESP-1000", product_title: "House Espresso Beans" })
    // Duplicates merged: each of the 10 SKUs once in the cart, with the sum of its rows.
    const expected = Object.fromEntries(WHOLESALE_SKUS.map((sku, i) => [sku, Array.from({ length: 295 }, (_, n) => n).filter((n) => n % 10 === i).length]))
    expect(await cartLines(cartId)).toEqual(expected)
    expect(res.data.cart.items).toHaveLength(10)
  })

  it("counts the lines already in the cart against quantity rules and stock", async () => {
    const cartId = await newCart()
    const syrup = await variantIdBySku(getContainer(), SYRUP)
    expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id: syrup, quantity: 6 }, buyer())).status).toBe(200)
    const res = await bulk(cartId, { lines: [{ sku: SYRUP, quantity: 3 }, { sku: SYRUP, quantity: 3 }, { sku: SCARCE, quantity: 5 }] })
    expect(res.status).toBe(200)
    expect(res.data.bulk.rows.map((r: any) => r.status)).toEqual(["added", "added", "added"])
    expect(await cartLines(cartId)).toEqual({ [SYRUP]: 12, [SCARCE]: 5 })
    const more = await bulk(cartId, { lines: [{ sku: SYRUP, quantity: 114 }, { sku: SCARCE, quantity: 1 }] })
    expect(more.data.bulk.rows.map((r: any) => r.code)).toEqual(["quantity_rule", "out_of_stock"])
    expect(more.data.bulk.rows[0].message).toMatch(/maximum order quantity of 120 \(asked for 126\)/)
    expect(more.data.bulk.rows[1].message).toMatch(/5 available, the cart would hold 6/)
  })

  it("writes nothing in all-or-nothing mode when one row is refused, and everything when none is", async () => {
    const cartId = await newCart()
    const refused = await bulk(cartId, { mode: "all_or_nothing", lines: [{ sku: "SUP-OAT-1L", quantity: 2 }, { sku: "NOPE", quantity: 1 }] })
    expect(refused.status).toBe(200)
    expect(refused.data.bulk).toMatchObject({ applied: false, added: 0, refused: 2 })
    expect(refused.data.bulk.rows.map((r: any) => r.code)).toEqual(["not_applied", "unknown_sku"])
    expect(await cartLines(cartId)).toEqual({})
    const accepted = await bulk(cartId, { mode: "all_or_nothing", lines: [{ sku: "SUP-OAT-1L", quantity: 2 }] })
    expect(accepted.status).toBe(200)
    expect(await cartLines(cartId)).toEqual({ "SUP-OAT-1L": 2 })
  })

  it("reads an XLSX workbook like a CSV", async () => {
    const cartId = await newCart()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet("Order")
    sheet.addRows([["SKU", "Qty"], ["COF-ESP-CASE6", 2], ["TEA-BRK-1000", 3], ["nope", 1]])
    const file = new Blob([await workbook.xlsx.writeBuffer()], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    const res = await upload(cartId, file, "order.xlsx")
    expect(res.status).toBe(200)
    expect(res.data.bulk.rows.map((r: any) => [r.sku, r.status])).toEqual([["COF-ESP-CASE6", "added"], ["TEA-BRK-1000", "added"], ["nope", "refused"]])
    expect(await cartLines(cartId)).toEqual({ "COF-ESP-CASE6": 2, "TEA-BRK-1000": 3 })
  })

  it("merges two bulk adds sent at once on one cart: no lost update", async () => {
    const cartId = await newCart()
    const lines = WHOLESALE_SKUS.slice(0, 5).map((sku) => ({ sku, quantity: 2 }))
    const results = await Promise.all([bulk(cartId, { lines }), bulk(cartId, { lines }), bulk(cartId, { lines: [{ sku: "SUP-OAT-1L", quantity: 1 }] })])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200])
    expect(await cartLines(cartId)).toEqual({ ...Object.fromEntries(lines.map((l) => [l.sku, 4])), "SUP-OAT-1L": 5 })
  })

  it("refuses the Retail key, a guest, a B2C customer, another company and a role that may not change carts", async () => {
    const cartId = await newCart()
    const body = { lines: [{ sku: "SUP-OAT-1L", quantity: 1 }] }
    expect((await bulk(cartId, body, as(tokens["acme-buyer"], retail))).status).toBe(403)
    expect((await bulk(cartId, body, as(null, wholesale))).status).toBe(401)
    expect([401, 403, 404]).toContain((await bulk(cartId, body, as(tokens.shopper, wholesale))).status)
    expect((await bulk(cartId, body, as(tokens["globex-buyer"], wholesale))).status).toBe(404)
    expect((await bulk(cartId, body, as(tokens["acme-viewer"], wholesale))).status).toBe(403)
    expect((await upload(cartId, new Blob(["SUP-OAT-1L,1"]), "a.csv", {}, as(tokens["globex-buyer"], wholesale))).status).toBe(404)
    expect((await api.get(`/store/business/carts/${cartId}/export`, as(tokens["globex-buyer"], wholesale))).status).toBe(404)
    expect(await cartLines(cartId)).toEqual({})
  })

  it("answers bad requests with a 4xx and a message", async () => {
    const cartId = await newCart()
    expect((await bulk(cartId, { lines: [] })).status).toBe(400)
    expect((await bulk(cartId, { lines: Array.from({ length: 5001 }, () => ({ sku: "X", quantity: 1 })) })).data.message).toMatch(/lines.*at most.*5000/)
    expect((await bulk(cartId, { lines: [{ sku: "X", quantity: 1, price: 0 }] })).status).toBe(400)
    expect((await bulk(cartId, { lines: [{ sku: "X", quantity: 1 }], mode: "some" })).status).toBe(400)
    const empty = await upload(cartId, new Blob(["\n\n"]), "empty.csv")
    expect(empty.status).toBe(400)
    expect(empty.data.message).toMatch(/empty.csv has no order lines/)
    const tooBig = await upload(cartId, new Blob([Buffer.alloc(6 * 1024 * 1024, 65)]), "big.csv")
    expect(tooBig.status).toBe(400)
    expect((await api.post(`/store/business/carts/${cartId}/line-items/import`, { file: "x" }, buyer())).status).toBe(400)
  })

  it("exports a cart and a past order as sheets that upload again unchanged, and serves the template", async () => {
    const cartId = await newCart()
    await bulk(cartId, { lines: [{ sku: "COF-ESP-CASE6", quantity: 2 }, { sku: "SUP-OAT-1L", quantity: 12 }] })
    const sheet = await api.get(`/store/business/carts/${cartId}/export`, { ...buyer(), responseType: "arraybuffer" })
    expect(sheet.status).toBe(200)
    expect(sheet.headers["content-type"]).toMatch(/text\/csv/)
    const bytes = Buffer.from(sheet.data)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 byte-order mark: Excel reads umlauts right
    expect(bytes.subarray(3).toString("utf8")).toMatch(/^sku,quantity,product,variant,unit_price\r\nCOF-ESP-CASE6,2,/)
    const again = await newCart()
    const res = await upload(again, new Blob([bytes]), "cart.csv")
    expect(res.data.bulk).toMatchObject({ added: 2, refused: 0 })
    expect(await cartLines(again)).toEqual(await cartLines(cartId))
    const template = await api.get("/store/business/order-sheet-template", buyer())
    expect(template.data).toContain("sku,quantity")
    expect((await api.get("/store/business/order-sheet-template", as(null, retail))).status).toBe(403)
  })

  describe("reorder", () => {
    /** An order placed by `name` through `key` with these lines (system payment). */
    const placeOrder = async (name: string, key: string, lines: [string, number][]) => {
      const token = tokens[name]
      const cartId = await newCart(token, key)
      for (const [sku, quantity] of lines) {
        const variant_id = await variantIdBySku(getContainer(), sku)
        expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, as(token, key))).status).toBe(200)
      }
      await api.post(`/store/carts/${cartId}`, { shipping_address: BERLIN_ADDRESS, billing_address: BERLIN_ADDRESS }, as(token, key))
      await prepareCheckout(api, key, cartId, token)
      const done = await completeCart(api, key, cartId, token)
      expect(done.data.type).toBe("order")
      return done.data.order.id as string
    }

    it("puts a past order's lines into the current cart and reports lines no longer sold and changed prices", async () => {
      const orderId = await placeOrder("acme-buyer", wholesale, [["COF-ESP-CASE6", 1], ["SUP-OAT-1L", 6], ["TEA-BRK-1000", 2]])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["product.id"], filters: { sku: "TEA-BRK-1000" } })
      await getContainer().resolve("product").updateProducts((data[0] as any).product.id, { status: "draft" })
      const cartId = await newCart()
      const res = await api.post(`/store/business/orders/${orderId}/reorder`, { cart_id: cartId }, buyer())
      expect(res.status).toBe(200)
      expect(res.data.bulk.rows.map((r: any) => [r.sku, r.status, r.code])).toEqual([
        ["COF-ESP-CASE6", "added", undefined],
        ["SUP-OAT-1L", "added", undefined],
        ["TEA-BRK-1000", "refused", "not_in_channel"],
      ])
      expect(await cartLines(cartId)).toEqual({ "COF-ESP-CASE6": 1, "SUP-OAT-1L": 6 })
      const exported = await api.get(`/store/business/orders/${orderId}/export`, buyer())
      expect(exported.data).toContain("COF-ESP-CASE6,1,")
    })

    it("notes a price that changed since the order", async () => {
      // Globex buys at the Wholesale price book: oat drink 2.75 EUR from 1, 2.65 EUR from 10.
      const orderId = await placeOrder("globex-buyer", wholesale, [["SUP-OAT-1L", 2]])
      const globex = as(tokens["globex-buyer"], wholesale)
      const cartId = await newCart(tokens["globex-buyer"])
      await bulk(cartId, { lines: [{ sku: "SUP-OAT-1L", quantity: 8 }] }, globex)
      const res = await api.post(`/store/business/orders/${orderId}/reorder`, { cart_id: cartId }, globex)
      expect(res.status).toBe(200)
      expect(res.data.bulk.rows).toEqual([expect.objectContaining({ sku: "SUP-OAT-1L", status: "added", previous_unit_price: 2.75, unit_price: 2.65 })])
      expect(await cartLines(cartId)).toEqual({ "SUP-OAT-1L": 10 })
    })

    it("lets a Retail customer reorder their own order, and no one else's", async () => {
      const orderId = await placeOrder("shopper", retail, [["COF-ESP-1000", 2]])
      const cartId = await newCart(tokens.shopper, retail)
      const res = await api.post(`/store/orders/${orderId}/reorder`, { cart_id: cartId }, as(tokens.shopper, retail))
      expect(res.status).toBe(200)
      expect(await cartLines(cartId)).toEqual({ "COF-ESP-1000": 2 })
      const otherCart = await newCart(tokens["acme-buyer"], retail)
      expect((await api.post(`/store/orders/${orderId}/reorder`, { cart_id: otherCart }, as(tokens["acme-buyer"], retail))).status).toBe(404)
      expect((await api.post(`/store/orders/${orderId}/reorder`, { cart_id: otherCart }, as(null, retail))).status).toBe(401)
    })

    it("refuses another company's order, the Retail key on a business order, and a colleague without orders.view_others", async () => {
      const orderId = await placeOrder("acme-buyer", wholesale, [["SUP-OAT-1L", 1]])
      const globexCart = await newCart(tokens["globex-buyer"])
      expect((await api.post(`/store/business/orders/${orderId}/reorder`, { cart_id: globexCart }, as(tokens["globex-buyer"], wholesale))).status).toBe(404)
      expect((await api.get(`/store/business/orders/${orderId}/export`, as(tokens["globex-buyer"], wholesale))).status).toBe(404)
      const retailCart = await newCart(tokens["acme-buyer"], retail)
      expect((await api.post(`/store/orders/${orderId}/reorder`, { cart_id: retailCart }, as(tokens["acme-buyer"], retail))).status).toBe(404)
      // The viewer role of Acme Berlin may not read colleagues' orders (nor open carts).
      expect((await api.post(`/store/business/orders/${orderId}/reorder`, { cart_id: globexCart }, as(tokens["acme-viewer"], wholesale))).status).toBe(404)
      // A cart of another company as the target: refused even for an order the caller may read.
      expect((await api.post(`/store/business/orders/${orderId}/reorder`, { cart_id: globexCart }, buyer())).status).toBe(404)
    })
  })
})
