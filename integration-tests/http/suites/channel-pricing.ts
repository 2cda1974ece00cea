import { as } from "../../helpers/business-api"
import { Demo, variantIdBySku } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

export default httpSuite("channel-pricing", ({ api, getContainer }) => {
  let demo: Demo
  let retail: string
  let wholesale: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  const tokens: Record<string, string> = {}
  const variants: Record<string, string> = {}

  beforeAll(async () => {
    demo = seededDemo()
    retail = demo.channels.retail.publishableKey
    wholesale = demo.channels.wholesale.publishableKey
    for (const sku of ["SUP-OAT-1L", "SUP-SYR-VAN", "GEAR-FP-1L", "CUP-LID-1000", "GEAR-KETTLE"]) {
      variants[sku] = await variantIdBySku(getContainer(), sku)
    }
    const fixture = await demoFixture(api, ["acme-buyer", "globex-buyer"])
    Object.assign(tokens, fixture.tokens)
    admin = fixture.admin
  })

  const listed = async (token: string | null, key: string, handle = "oat-barista-drink") => {
    const res = await api.get(`/store/products?handle=${handle}&region_id=${demo.regions.eu.id}&fields=*variants.calculated_price`, as(token, key))
    expect(res.status).toBe(200)
    return res.data.products[0].variants[0].calculated_price?.calculated_amount
  }

  const tiers = async (token: string | null, key: string, sku = "SUP-OAT-1L") => {
    const res = await api.get(`/store/price-tiers?region_id=${demo.regions.eu.id}&variant_id=${variants[sku]}`, as(token, key))
    return res.status === 200 ? res.data.variant_tiers[0].tiers.map((t: any) => [t.min_quantity, t.amount, t.source]) : res
  }

  const cartWith = async (token: string | null, key: string, sku: string, quantity: number) => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(token, key))).data.cart
    return api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants[sku], quantity }, as(token, key))
  }

  describe("price resolution per channel and customer", () => {
    it("shows list price through Retail, the book through Wholesale, and the agreement to its company", async () => {
      expect(await listed(null, retail)).toBe(2.9)
      expect(await listed(tokens["acme-buyer"], retail)).toBe(2.9)
      expect(await listed(null, wholesale)).toBe(2.75)
      expect(await listed(tokens["globex-buyer"], wholesale)).toBe(2.75)
      expect(await listed(tokens["acme-buyer"], wholesale)).toBe(2.5)
    })

    it("lists each buyer's quantity breaks, and the cart charges exactly those at 1, 10 and 50", async () => {
      expect(await tiers(null, retail)).toEqual([[1, 2.9, "list"]])
      expect(await tiers(tokens["globex-buyer"], wholesale)).toEqual([[1, 2.75, "price_book"], [10, 2.65, "price_book"], [50, 2.55, "price_book"]])
      expect(await tiers(tokens["acme-buyer"], wholesale)).toEqual([[1, 2.5, "agreement"]])
      for (const [quantity, price] of [[1, 2.75], [10, 2.65], [50, 2.55]]) {
        const res = await cartWith(tokens["globex-buyer"], wholesale, "SUP-OAT-1L", quantity)
        expect([quantity, res.data.cart.items[0].unit_price]).toEqual([quantity, price])
        expect(res.data.cart.item_subtotal).toBeCloseTo(quantity * price, 6)
      }
      for (const [token, key, price] of [[tokens["acme-buyer"], wholesale, 2.5], [null, retail, 2.9]] as const) {
        const res = await cartWith(token, key, "SUP-OAT-1L", 50)
        expect(res.data.cart.items[0].unit_price).toBe(price)
      }
    })

    it("re-prices a line when its quantity crosses a break", async () => {
      const added = await cartWith(tokens["globex-buyer"], wholesale, "SUP-OAT-1L", 5)
      const cart = added.data.cart
      const updated = await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 60 }, as(tokens["globex-buyer"], wholesale))
      expect(updated.data.cart.items[0].unit_price).toBe(2.55)
    })

    it("hides prices from Wholesale guests when the channel says so, and keeps them for buyers and Retail", async () => {
      const set = await api.post(`/admin/sales-channels/${demo.channels.wholesale.id}/pricing-settings`, { guest_prices: "hide" }, admin)
      expect(set.status).toBe(200)
      expect(await listed(null, wholesale)).toBeUndefined()
      expect((await tiers(null, wholesale)).status).toBe(401)
      const guestCart = await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(null, wholesale))
      expect(guestCart.status).toBe(401)
      expect(guestCart.data.message).toMatch(/Log in to see prices/)
      expect(await listed(tokens["globex-buyer"], wholesale)).toBe(2.75)
      expect(await listed(null, retail)).toBe(2.9)
      const bad = await api.post(`/admin/sales-channels/${demo.channels.wholesale.id}/pricing-settings`, { guest_prices: "maybe" }, admin)
      expect(bad.status).toBe(400)
    })
  })

  describe("quantity rules", () => {
    it("refuses lines that break the Wholesale rules, naming the rule, and lets Retail carts be", async () => {
      const below = await cartWith(null, wholesale, "SUP-SYR-VAN", 4)
      const notMultiple = await cartWith(null, wholesale, "SUP-SYR-VAN", 8)
      const above = await cartWith(null, wholesale, "SUP-SYR-VAN", 126)
      const pressesAbove = await cartWith(null, wholesale, "GEAR-FP-1L", 21)
      const lidsBelow = await cartWith(null, wholesale, "CUP-LID-1000", 1)
      expect([below.status, notMultiple.status, above.status, pressesAbove.status, lidsBelow.status]).toEqual([400, 400, 400, 400, 400])
      expect(below.data.message).toMatch(/minimum order quantity of 6 \(asked for 4\)/)
      expect(notMultiple.data.message).toMatch(/multiples of 6 from 6 \(asked for 8\)/)
      expect(above.data.message).toMatch(/maximum order quantity of 120 \(asked for 126\)/)
      expect(pressesAbove.data.message).toMatch(/maximum order quantity of 20/)
      expect(lidsBelow.data.message).toMatch(/minimum order quantity of 2/)

      const ok = await cartWith(null, wholesale, "SUP-SYR-VAN", 12)
      expect(ok.data.cart.items[0].quantity).toBe(12)
      const retailCart = await cartWith(null, retail, "SUP-SYR-VAN", 1)
      expect(retailCart.status).toBe(200)
    })

    it("counts what the cart already holds and checks quantity updates", async () => {
      const first = await cartWith(null, wholesale, "SUP-SYR-VAN", 6)
      const cart = first.data.cart
      const three = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants["SUP-SYR-VAN"], quantity: 3 }, as(null, wholesale))
      expect(three.status).toBe(400)
      expect(three.data.message).toMatch(/asked for 9/)
      const odd = await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 13 }, as(null, wholesale))
      expect(odd.status).toBe(400)
      const after = await api.get(`/store/carts/${cart.id}`, as(null, wholesale))
      expect(after.data.cart.items.map((i: any) => i.quantity)).toEqual([6])
    })

    it("returns the rules of the key's channel so a storefront can guide the buyer", async () => {
      const productOf = async (handle: string) => (await api.get(`/store/products?handle=${handle}`, as(null, wholesale))).data.products[0].id
      const syrup = await productOf("vanilla-syrup-700")
      const forWholesale = await api.get(`/store/quantity-rules?product_id=${syrup}`, as(null, wholesale))
      const forRetail = await api.get(`/store/quantity-rules?product_id=${syrup}`, as(null, retail))
      expect(forWholesale.data.quantity_rules).toEqual([{ variant_id: variants["SUP-SYR-VAN"], min_quantity: 6, max_quantity: 120, increment: 6 }])
      expect(forRetail.data.quantity_rules).toEqual([])
      expect((await api.get("/store/quantity-rules", as(null, wholesale))).status).toBe(400)
    })
  })

  describe("admin: price books and quantity rules", () => {
    it("sets, replaces and deletes a quantity rule, refusing incoherent ones", async () => {
      const rule = { variant_id: variants["GEAR-KETTLE"], sales_channel_id: demo.channels.wholesale.id, min_quantity: 2, increment: 2 }
      const created = await api.post("/admin/quantity-rules", rule, admin)
      expect(created.status).toBe(200)
      expect((await cartWith(null, wholesale, "GEAR-KETTLE", 3)).data.message).toMatch(/multiples of 2 from 2/)
      const replaced = await api.post("/admin/quantity-rules", { ...rule, min_quantity: 4, increment: null }, admin)
      expect(replaced.data.quantity_rule.id).toBe(created.data.quantity_rule.id)
      expect((await cartWith(null, wholesale, "GEAR-KETTLE", 3)).data.message).toMatch(/minimum order quantity of 4/)

      const incoherent = await api.post("/admin/quantity-rules", { ...rule, min_quantity: 10, max_quantity: 5 }, admin)
      expect(incoherent.status).toBe(400)
      expect(incoherent.data.message).toMatch(/max_quantity must not be below min_quantity/)
      const unknownVariant = await api.post("/admin/quantity-rules", { ...rule, variant_id: "variant_missing" }, admin)
      expect(unknownVariant.status).toBe(404)

      expect((await api.delete(`/admin/quantity-rules/${created.data.quantity_rule.id}`, admin)).status).toBe(200)
      expect((await cartWith(null, wholesale, "GEAR-KETTLE", 3)).status).toBe(200)
      const listed = await api.get(`/admin/quantity-rules?sales_channel_id=${demo.channels.wholesale.id}`, admin)
      expect(listed.data.quantity_rules).toHaveLength(3)
    })

    it("replaces a variant's breaks in the channel's price book, and carts follow", async () => {
      const prices = [
        { variant_id: variants["GEAR-KETTLE"], currency_code: "EUR", amount: 45, min_quantity: 1, max_quantity: 4 },
        { variant_id: variants["GEAR-KETTLE"], currency_code: "eur", amount: 40, min_quantity: 5 },
      ]
      const res = await api.post(`/admin/sales-channels/${demo.channels.wholesale.id}/price-book`, { prices }, admin)
      expect(res.status).toBe(200)
      expect(res.data.price_book.price_list_id).toBe(demo.wholesalePriceBookId)
      expect((await cartWith(null, wholesale, "GEAR-KETTLE", 1)).data.cart.items[0].unit_price).toBe(45)
      expect((await cartWith(null, wholesale, "GEAR-KETTLE", 5)).data.cart.items[0].unit_price).toBe(40)
      expect((await cartWith(null, retail, "GEAR-KETTLE", 5)).data.cart.items[0].unit_price).toBe(49)

      const again = await api.post(`/admin/sales-channels/${demo.channels.wholesale.id}/price-book`, { prices: [{ ...prices[0], amount: 44, max_quantity: null }] }, admin)
      expect(again.status).toBe(200)
      expect((await cartWith(null, wholesale, "GEAR-KETTLE", 5)).data.cart.items[0].unit_price).toBe(44)

      const bad = await api.post(`/admin/sales-channels/${demo.channels.wholesale.id}/price-book`, { prices: [{ ...prices[0], min_quantity: 5, max_quantity: 2 }] }, admin)
      expect(bad.status).toBe(400)
    })
  })
})
