import { as, associateWithRoles, BUSINESS_UNIT_HEADER, customerToken } from "../../helpers/business-api"
import { cartWithLine, completeCart, Demo, prepareCheckout, variantIdBySku } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"

const WHOLESALE_ONLY = { handle: "house-espresso-case", sku: "COF-ESP-CASE6" }
const RETAIL_ONLY = { handle: "espresso-capsules-30", sku: "COF-CAP-30" }
const BOTH = { handle: "oat-barista-drink", sku: "SUP-OAT-1L" }

/** Status and body with the asked id replaced, so a refusal can be compared with a missing id's answer. */
const answer = (res: any, id: string) => ({ status: res.status, data: JSON.parse(JSON.stringify(res.data).split(id).join("<id>")) })

/**
 * Medusa's own store routes never hand out another channel's products or another company's
 * orders and carts (README, "Medusa store routes and channel/company isolation"). Each rule:
 * who is served and who is refused, side by side; a refusal looks like a missing id.
 */
export default httpSuite("store-isolation", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let tokens: Record<string, string>
  let b2bOrder: any
  let b2cOrderId: string

  const who = (name: string | null, key = wholesale, extra: Record<string, string> = {}) => as(name ? tokens[name] : null, key, extra)

  beforeAll(async () => {
    const container = getContainer()
    ;({ demo, wholesale, retail, admin, tokens } = await demoFixture(api, ["acme-buyer", "acme-admin", "acme-approver", "globex-admin", "globex-buyer", "shopper"]))
    await associateWithRoles(container, demo.business.units.acmeBerlin.id, "berlin-buyer2@example.com", [{ role: "buyer", inherit: false }])
    tokens["berlin-buyer2"] = await customerToken(api, "berlin-buyer2@example.com")

    // A B2B order of Acme Cafés Berlin, placed by Bea through the portal's key.
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who("acme-buyer"))).data.cart
    const oat = await variantIdBySku(container, BOTH.sku)
    expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: oat, quantity: 2 }, who("acme-buyer"))).status).toBe(200)
    await prepareCheckout(api, wholesale, cart.id, tokens["acme-buyer"])
    const placed = await completeCart(api, wholesale, cart.id, tokens["acme-buyer"])
    expect(placed.status).toBe(200)
    b2bOrder = placed.data.order

    // A guest's B2C order in the shop.
    const guestCart = await cartWithLine(api, demo, retail, await variantIdBySku(container, RETAIL_ONLY.sku))
    await prepareCheckout(api, retail, guestCart.id)
    const guestOrder = await completeCart(api, retail, guestCart.id)
    expect(guestOrder.status).toBe(200)
    b2cOrderId = guestOrder.data.order.id
  })

  describe("GET /store/orders/:id: a business unit's order is company data", () => {
    const read = (id: string, name: string | null, key = wholesale, extra: Record<string, string> = {}) => api.get(`/store/orders/${id}`, who(name, key, extra))

    it("is read by the customer who placed it and by colleagues with orders.view_others", async () => {
      const own = await read(b2bOrder.id, "acme-buyer")
      const approver = await read(b2bOrder.id, "acme-approver")
      const companyAdmin = await read(b2bOrder.id, "acme-admin", wholesale, { [BUSINESS_UNIT_HEADER]: demo.business.units.acme.id })
      expect([own.status, approver.status, companyAdmin.status]).toEqual([200, 200, 200])
      expect(own.data.order.email).toBe("acme-buyer@example.com")
      expect(approver.data.order.items.map((i: any) => i.variant_sku)).toEqual([BOTH.sku])
    })

    it("answers everyone else exactly as for an order that does not exist", async () => {
      const missing = answer(await read("order_01MISSING000000000000000000", null), "order_01MISSING000000000000000000")
      expect(missing.status).toBe(404)
      const refused = await Promise.all([
        read(b2bOrder.id, "berlin-buyer2"), // colleague with orders.view_own only
        read(b2bOrder.id, "globex-admin"), // another company's admin
        read(b2bOrder.id, null), // guest
        read(b2bOrder.id, "acme-buyer", retail), // the buyer herself, through the shop's key
        read(b2bOrder.id, "acme-approver", retail),
        read(b2bOrder.id, "shopper", retail),
        read(b2bOrder.id, "acme-approver", wholesale, { [BUSINESS_UNIT_HEADER]: demo.business.units.globex.id }),
      ])
      for (const res of refused) expect(answer(res, b2bOrder.id)).toEqual(missing)
    })

    it("keeps Medusa's behaviour for a guest's B2C order: its id reads the confirmation", async () => {
      const res = await read(b2cOrderId, null, retail)
      expect(res.status).toBe(200)
      expect(res.data.order.items[0].variant_sku).toBe(RETAIL_ONLY.sku)
    })

    it("lists a customer's own orders of the key's channels only", async () => {
      const list = async (key: string) => (await api.get("/store/orders", who("acme-buyer", key))).data.orders.map((o: any) => o.id)
      expect(await list(wholesale)).toContain(b2bOrder.id)
      expect(await list(retail)).not.toContain(b2bOrder.id)
    })
  })

  describe("order transfer and returns never reach a business unit's order", () => {
    const transfer = (id: string, action: string, name: string | null, body: object = {}) => api.post(`/store/orders/${id}/transfer/${action}`, body, who(name))

    it("refuses the order's own people with the reason, and answers outsiders as for a missing order", async () => {
      const own = await transfer(b2bOrder.id, "request", "acme-buyer")
      expect(own.status).toBe(403)
      expect(own.data.message).toMatch(/belongs to a business unit: it cannot be transferred/)
      const missingId = "order_01MISSING000000000000000000"
      const missing = answer(await transfer(missingId, "request", "globex-buyer"), missingId)
      expect(answer(await transfer(b2bOrder.id, "request", "globex-buyer"), b2bOrder.id)).toEqual(missing)
      for (const action of ["cancel", "accept", "decline"]) {
        const outsider = await transfer(b2bOrder.id, action, "globex-buyer", { token: "whatever" })
        expect(outsider.status).toBe(404)
        expect(outsider.data.message).toBe(`Order id not found: ${b2bOrder.id}`)
      }
      expect((await transfer(b2bOrder.id, "cancel", "acme-buyer")).status).toBe(403)
    })

    it("still lets a customer ask for a guest B2C order (Medusa's transfer)", async () => {
      const res = await api.post(`/store/orders/${b2cOrderId}/transfer/request`, {}, who("shopper", retail))
      expect(res.status).toBe(200)
    })

    it("refuses a return on a business unit's order to anyone who may not read it", async () => {
      const missingId = "order_01MISSING000000000000000000"
      const body = { items: [{ id: b2bOrder.items[0].id, quantity: 1 }], return_shipping: { option_id: "so_any" } }
      const forMissing = await api.post("/store/returns", { order_id: missingId, ...body }, who("globex-buyer"))
      const forB2b = await api.post("/store/returns", { order_id: b2bOrder.id, ...body }, who("globex-buyer"))
      expect(forB2b.status).toBe(404)
      expect(answer(forB2b, b2bOrder.id)).toEqual(answer(forMissing, missingId))
    })
  })

  describe("product expansions reach only the key's channels", () => {
    const handlesIn = (products: any[] | undefined) => (products ?? []).map((p: any) => p.handle).sort()

    it("lists a category's products per key: never a Wholesale-only product through the Retail key", async () => {
      const categories = async (key: string, fields: string) =>
        (await api.get(`/store/product-categories?handle=coffee&fields=${fields}`, who(null, key))).data.product_categories[0]
      const retailCoffee = await categories(retail, "*products,*products.variants")
      const wholesaleCoffee = await categories(wholesale, "*products,*products.variants")
      expect(handlesIn(retailCoffee.products)).toContain(RETAIL_ONLY.handle)
      expect(handlesIn(retailCoffee.products)).not.toContain(WHOLESALE_ONLY.handle)
      expect(JSON.stringify(retailCoffee)).not.toContain(WHOLESALE_ONLY.sku)
      expect(handlesIn(wholesaleCoffee.products)).toContain(WHOLESALE_ONLY.handle)
      expect(handlesIn(wholesaleCoffee.products)).not.toContain(RETAIL_ONLY.handle)
      // A narrower selection (no id asked) is checked all the same.
      const titlesOnly = await categories(retail, "products.title")
      expect(titlesOnly.products.length).toBe(retailCoffee.products.length)
      expect(JSON.stringify(titlesOnly)).not.toMatch(/House Espresso Beans, Case/)
      const one = await api.get(`/store/product-categories/${retailCoffee.id}?fields=*products`, who(null, retail))
      expect(handlesIn(one.data.product_category.products)).toEqual(handlesIn(retailCoffee.products))
    })

    it("does the same for collections, tags and types", async () => {
      const productIds: string[] = []
      for (const { handle } of [WHOLESALE_ONLY, RETAIL_ONLY, BOTH]) {
        productIds.push((await api.get(`/admin/products?handle=${handle}&fields=id`, admin)).data.products[0].id)
      }
      const collection = (await api.post("/admin/collections", { title: "Espresso world", handle: "espresso-world" }, admin)).data.collection
      expect((await api.post(`/admin/collections/${collection.id}/products`, { add: productIds }, admin)).status).toBe(200)
      const tag = (await api.post("/admin/product-tags", { value: "isolation-test" }, admin)).data.product_tag
      const type = (await api.post("/admin/product-types", { value: "isolation-test" }, admin)).data.product_type
      for (const id of productIds) {
        expect((await api.post(`/admin/products/${id}`, { tags: [{ id: tag.id }], type_id: type.id }, admin)).status).toBe(200)
      }
      const expansions = [
        ["/store/collections?handle=espresso-world&fields=*products", (d: any) => d.collections[0].products],
        [`/store/collections/${collection.id}?fields=*products`, (d: any) => d.collection.products],
        [`/store/product-tags?value=isolation-test`, (d: any) => d.product_tags[0].products],
        [`/store/product-tags/${tag.id}`, (d: any) => d.product_tag.products],
        [`/store/product-types?value=isolation-test`, (d: any) => d.product_types[0].products],
        [`/store/product-types/${type.id}`, (d: any) => d.product_type.products],
      ] as const
      for (const [url, products] of expansions) {
        const throughRetail = await api.get(url, who(null, retail))
        const throughWholesale = await api.get(url, who(null, wholesale))
        expect([url, throughRetail.status, throughWholesale.status]).toEqual([url, 200, 200])
        expect([url, handlesIn(products(throughRetail.data))]).toEqual([url, [BOTH.handle, RETAIL_ONLY.handle].sort()])
        expect([url, handlesIn(products(throughWholesale.data))]).toEqual([url, [WHOLESALE_ONLY.handle, BOTH.handle].sort()])
      }
    })
  })

  describe("GET /store/price-tiers answers variants of the key's channels only", () => {
    it("leaves out variants the key's channels do not sell, as unknown ids", async () => {
      const container = getContainer()
      const [wholesaleOnly, retailOnly, both] = await Promise.all([WHOLESALE_ONLY, RETAIL_ONLY, BOTH].map((p) => variantIdBySku(container, p.sku)))
      const tiers = async (key: string) => {
        const res = await api.get(`/store/price-tiers?region_id=${demo.regions.eu.id}&variant_id=${wholesaleOnly},${retailOnly},${both},variant_unknown`, who(null, key))
        expect(res.status).toBe(200)
        return res.data.variant_tiers.map((t: any) => t.variant_id).sort()
      }
      expect(await tiers(retail)).toEqual([retailOnly, both].sort())
      expect(await tiers(wholesale)).toEqual([wholesaleOnly, both].sort())
    })
  })

  describe("GET /store/carts/:id answers one 404 to whoever may not read a cart", () => {
    it("gives the same answer for another company's, another channel's and a missing cart, and keeps write refusals", async () => {
      const container = getContainer()
      const oat = await variantIdBySku(container, BOTH.sku)
      const business = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who("acme-buyer"))).data.cart
      const guestWholesale = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who(null))).data.cart
      const read = (id: string, name: string | null, key = wholesale) => api.get(`/store/carts/${id}`, who(name, key))

      expect((await read(business.id, "acme-buyer")).status).toBe(200)
      expect((await read(business.id, "acme-approver")).status).toBe(200)
      expect((await read(guestWholesale.id, null)).status).toBe(200)

      const missingId = "cart_01MISSING00000000000000000"
      const missing = answer(await read(missingId, null), missingId)
      expect(missing.status).toBe(404)
      const refused: [string, any][] = [
        [business.id, await read(business.id, "globex-buyer")], // another company
        [business.id, await read(business.id, "shopper")], // a B2C customer
        [business.id, await read(business.id, null)], // anonymous
        [business.id, await read(business.id, "berlin-buyer2")], // colleague without carts.view_others
        [business.id, await read(business.id, "acme-buyer", retail)], // the owner through another channel's key
        [guestWholesale.id, await read(guestWholesale.id, null, retail)], // another channel's guest cart
      ]
      for (const [id, res] of refused) expect(answer(res, id)).toEqual(missing)

      // Shipping options are computed from a cart: the same answer.
      const options = (id: string, name: string | null, key = wholesale) => api.get(`/store/shipping-options?cart_id=${id}`, who(name, key))
      expect((await options(business.id, "acme-buyer")).status).toBe(200)
      expect(answer(await options(business.id, "globex-buyer"), business.id)).toEqual(answer(await options(missingId, null), missingId))
      expect(answer(await options(guestWholesale.id, null, retail), guestWholesale.id)).toEqual(missing)

      // Writes keep their distinct refusals.
      const add = (name: string | null, key = wholesale) => api.post(`/store/carts/${business.id}/line-items`, { variant_id: oat, quantity: 1 }, who(name, key))
      expect([(await add(null)).status, (await add("acme-buyer", retail)).status, (await add("globex-buyer")).status]).toEqual([401, 403, 404])
    })
  })
})
