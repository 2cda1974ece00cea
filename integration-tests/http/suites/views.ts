import type { CartView, CatalogView, ProductView } from "../../../src/lib/views/contract"
import { as, BUSINESS_UNIT_HEADER } from "../../helpers/business-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"
import { Demo, inventoryItemIdBySku } from "../../helpers/store-api"

const OAT = "oat-barista-drink" // both channels: list 2.90, Wholesale book 2.75/2.65/2.55, Acme's agreement 2.50
const SYRUP = "vanilla-syrup-700" // both channels, with a quantity rule (6–120 in steps of 6)
const LIDS = "cup-lids-case" // Wholesale only

export default httpSuite("views", ({ api, getContainer }) => {
  let demo: Demo
  let retail: string
  let wholesale: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  const tokens: Record<string, string> = {}
  let eu: string

  beforeAll(async () => {
    const fixture = await demoFixture(api, ["acme-buyer", "globex-buyer"])
    demo = fixture.demo
    retail = fixture.retail
    wholesale = fixture.wholesale
    admin = fixture.admin
    Object.assign(tokens, fixture.tokens)
    eu = demo.regions.eu.id
  })

  // The callers a view must tell apart: each has its own price context.
  const callers = () =>
    [
      ["guest (Retail)", null, retail],
      ["guest (Wholesale)", null, wholesale],
      ["Acme associate", tokens["acme-buyer"], wholesale],
      ["Globex associate", tokens["globex-buyer"], wholesale],
    ] as const

  const productView = async (token: string | null, key: string, handle = OAT, extra: Record<string, string> = {}) => {
    const res = await api.get(`/store/views/product/${handle}?region_id=${eu}`, as(token, key, extra))
    return { status: res.status, view: res.data.view as ProductView, cache: res.headers["x-view-cache"] as string, data: res.data }
  }

  const catalogView = async (token: string | null, key: string, query = "limit=50") => {
    const res = await api.get(`/store/views/catalog?region_id=${eu}&${query}`, as(token, key))
    expect(res.status).toBe(200)
    return { catalog: res.data.catalog as CatalogView, cache: res.headers["x-view-cache"] as string }
  }

  const priceOf = (product: { variants: { calculated_price?: { calculated_amount?: number | null } | null }[] } | undefined) =>
    product?.variants[0].calculated_price?.calculated_amount

  /** What the page used to ask for separately: product, stock, rules and tiers, from their own routes. */
  const separately = async (token: string | null, key: string, handle: string) => {
    const listed = await api.get(
      `/store/products?handle=${handle}&region_id=${eu}&fields=*variants.calculated_price,+variants.inventory_quantity`,
      as(token, key)
    )
    const product = listed.data.products[0]
    const variantIds = product.variants.map((v: any) => v.id)
    const [rules, tiers] = await Promise.all([
      api.get(`/store/quantity-rules?product_id=${product.id}`, as(token, key)),
      api.get(`/store/price-tiers?region_id=${eu}&variant_id=${variantIds.join(",")}`, as(token, key)),
    ])
    return product.variants.map((v: any) => ({
      id: v.id,
      price: v.calculated_price?.calculated_amount ?? null,
      availability: v.manage_inventory ? v.inventory_quantity : null,
      rule: rules.data.quantity_rules.find((r: any) => r.variant_id === v.id) ?? null,
      tiers: tiers.data.variant_tiers.find((t: any) => t.variant_id === v.id)?.tiers ?? [],
    }))
  }

  const fromView = (view: ProductView) =>
    view.product.variants.map((v) => ({
      id: v.id,
      price: v.calculated_price?.calculated_amount ?? null,
      availability: v.availability,
      rule: v.quantity_rule,
      tiers: v.price_tiers,
    }))

  describe("the product view", () => {
    it("answers what the separate routes answer, for a guest of each key and two companies' associates", async () => {
      for (const [who, token, key] of callers()) {
        for (const handle of [OAT, SYRUP]) {
          const { status, view } = await productView(token, key, handle)
          expect([who, handle, status]).toEqual([who, handle, 200])
          expect([who, handle, fromView(view)]).toEqual([who, handle, await separately(token, key, handle)])
        }
      }
      const prices = await Promise.all(callers().map(async ([, token, key]) => priceOf((await productView(token, key)).view.product)))
      expect(prices).toEqual([2.9, 2.75, 2.5, 2.75])
      const syrup = (await productView(tokens["acme-buyer"], wholesale, SYRUP)).view.product.variants[0].quantity_rule
      expect(syrup).toEqual(expect.objectContaining({ min_quantity: 6, max_quantity: 120, increment: 6 }))
    })

    it("says who may request a quote and which of the caller's lists hold the product", async () => {
      const acme = await productView(tokens["acme-buyer"], wholesale)
      expect(acme.view.can_request_quote).toBe(true)
      expect(acme.view.lists).toEqual([])
      const variantId = acme.view.product.variants[0].id
      const berlin = demo.business.units.acmeBerlin.id
      const created = await api.post(
        `/store/business/units/${berlin}/shopping-lists`,
        { name: "Weekly oat", items: [{ variant_id: variantId, quantity: 12 }] },
        as(tokens["acme-buyer"], wholesale, { [BUSINESS_UNIT_HEADER]: berlin })
      )
      expect(created.status).toBe(200)
      const after = await productView(tokens["acme-buyer"], wholesale)
      expect(after.view.lists).toEqual([{ id: created.data.shopping_list.id, name: "Weekly oat", kind: "shopping_list", variant_ids: [variantId] }])
      // Another company never sees Acme's list, and guests and the Retail key get no quote button.
      expect((await productView(tokens["globex-buyer"], wholesale)).view.lists).toEqual([])
      expect((await productView(null, wholesale)).view.can_request_quote).toBe(false)
      expect((await productView(tokens["acme-buyer"], retail)).view.can_request_quote).toBe(false)
    })

    it("refuses a Wholesale-only product to the Retail key as an unknown one, and bad input with a 400", async () => {
      expect((await productView(null, wholesale, LIDS)).status).toBe(200)
      const hidden = await productView(null, retail, LIDS)
      const unknown = await productView(null, retail, "no-such-product")
      expect([hidden.status, unknown.status]).toEqual([404, 404])
      expect(hidden.data.message).toBe("Product with handle cup-lids-case was not found")
      expect((await api.get(`/store/views/product/${OAT}`, as(null, retail))).status).toBe(400)
      expect((await api.get(`/store/views/product/${OAT}?region_id=reg_missing`, as(null, retail))).status).toBe(404)
      expect((await api.get(`/store/views/product/${OAT}?region_id=${eu}&fields=*`, as(null, retail))).status).toBe(400)
      expect((await api.get(`/store/views/product/${"x".repeat(300)}?region_id=${eu}`, as(null, retail))).status).toBe(400)
      expect((await api.get(`/store/views/product/${OAT}?region_id=${eu}`, { validateStatus: () => true })).status).toBe(400)
    })
  })

  describe("the catalog view", () => {
    it("lists what /store/products lists for each key, with each caller's prices", async () => {
      for (const [who, token, key] of callers()) {
        const { catalog } = await catalogView(token, key)
        const listed = await api.get(`/store/products?region_id=${eu}&limit=50&order=title&fields=*variants.calculated_price`, as(token, key))
        expect([who, catalog.count]).toEqual([who, listed.data.count])
        const byId = (products: any[]) => products.map((p) => [p.id, p.variants.map((v: any) => v.calculated_price?.calculated_amount)]).sort()
        expect([who, byId(catalog.products)]).toEqual([who, byId(listed.data.products)])
      }
      const retailHandles = (await catalogView(null, retail)).catalog.products.map((p) => p.handle)
      expect(retailHandles).not.toContain(LIDS)
      expect(retailHandles).toContain(OAT)
      const searched = (await catalogView(null, wholesale, "q=oat&limit=5")).catalog
      expect(searched.products.map((p) => p.handle).sort()).toEqual(["oat-barista-drink", "oat-barista-pallet"])
      expect((await api.get(`/store/views/catalog?region_id=${eu}&limit=1000`, as(null, retail))).status).toBe(400)
    })

    it("serves one company's cached prices to no other company, guest or key", async () => {
      const oatIn = (catalog: CatalogView) => priceOf(catalog.products.find((p) => p.handle === OAT) as any)
      const acmeFirst = await catalogView(tokens["acme-buyer"], wholesale)
      expect([acmeFirst.cache, oatIn(acmeFirst.catalog)]).toEqual(["miss", 2.5])
      const acmeAgain = await catalogView(tokens["acme-buyer"], wholesale)
      expect([acmeAgain.cache, oatIn(acmeAgain.catalog)]).toEqual(["hit", 2.5])
      const globex = await catalogView(tokens["globex-buyer"], wholesale)
      const guest = await catalogView(null, wholesale)
      const acmeViaRetail = await catalogView(tokens["acme-buyer"], retail)
      expect([globex.cache, oatIn(globex.catalog)]).toEqual(["miss", 2.75])
      expect([guest.cache, oatIn(guest.catalog)]).toEqual(["miss", 2.75])
      expect([acmeViaRetail.cache, oatIn(acmeViaRetail.catalog)]).toEqual(["miss", 2.9])
      // Globex and a guest share no company agreement, but their cache entries stay apart all the same.
      expect((await catalogView(tokens["globex-buyer"], wholesale)).cache).toBe("hit")
      const acmeProduct = await productView(tokens["acme-buyer"], wholesale)
      const globexProduct = await productView(tokens["globex-buyer"], wholesale)
      expect([priceOf(acmeProduct.view.product), priceOf(globexProduct.view.product), globexProduct.cache]).toEqual([2.5, 2.75, "miss"])
    })
  })

  describe("invalidation", () => {
    const acmeOat = async () => {
      const { view, cache } = await productView(tokens["acme-buyer"], wholesale)
      return { price: priceOf(view.product), cache }
    }

    it("shows a price-list change in the admin on the next request", async () => {
      await acmeOat()
      expect(await acmeOat()).toEqual({ price: 2.5, cache: "hit" })
      const agreement = demo.business.acmePriceListId
      const paused = await api.post(`/admin/price-lists/${agreement}`, { status: "draft" }, admin)
      expect(paused.status).toBe(200)
      expect(await acmeOat()).toEqual({ price: 2.75, cache: "miss" })
      // Displayed = charged: the cart prices the line from the same lists in force.
      const buyer = as(tokens["acme-buyer"], wholesale, { [BUSINESS_UNIT_HEADER]: demo.business.units.acmeBerlin.id })
      const cart = (await api.post("/store/carts", { region_id: eu }, buyer)).data.cart
      const variantId = (await productView(tokens["acme-buyer"], wholesale)).view.product.variants[0].id
      const line = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, buyer)
      expect(line.data.cart.items[0].unit_price).toBe(2.75)
      // Back in force: the context is the one of the first request again, and so is its price.
      expect((await api.post(`/admin/price-lists/${agreement}`, { status: "active" }, admin)).status).toBe(200)
      expect((await acmeOat()).price).toBe(2.5)
    })

    it("shows a stock change in the admin on the next request", async () => {
      const stockOf = async () => (await productView(null, wholesale)).view.product.variants[0].availability
      const before = await stockOf()
      expect((await productView(null, wholesale)).cache).toBe("hit")
      const item = await inventoryItemIdBySku(getContainer(), "SUP-OAT-1L")
      const changed = await api.post(`/admin/inventory-items/${item}/location-levels/${demo.fulfillment.stockLocationId}`, { stocked_quantity: 7 }, admin)
      expect(changed.status).toBe(200)
      expect([before !== 7, await stockOf()]).toEqual([true, 7])
    })

    it("drops an unpublished product from the next catalog and product view", async () => {
      const handles = async () => (await catalogView(null, retail)).catalog.products.map((p) => p.handle)
      expect(await handles()).toContain(OAT)
      expect((await productView(null, retail)).status).toBe(200)
      const product = (await productView(null, retail)).view.product
      expect((await api.post(`/admin/products/${product.id}`, { status: "draft" }, admin)).status).toBe(200)
      expect(await handles()).not.toContain(OAT)
      expect((await productView(null, retail)).status).toBe(404)
    })
  })

  describe("the cart view", () => {
    const berlinHeaders = () => ({ [BUSINESS_UNIT_HEADER]: demo.business.units.acmeBerlin.id })

    it("answers a business cart's totals, delivery options and readiness as the separate routes do", async () => {
      const buyer = as(tokens["acme-buyer"], wholesale, berlinHeaders())
      const cart = (await api.post("/store/carts", { region_id: eu }, buyer)).data.cart
      const oat = (await productView(tokens["acme-buyer"], wholesale)).view.product.variants[0].id
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: oat, quantity: 12 }, buyer)).status).toBe(200)
      const res = await api.get(`/store/views/cart/${cart.id}`, buyer)
      expect(res.status).toBe(200)
      const view: CartView = res.data.view
      const [plain, options, readiness, terms] = await Promise.all([
        api.get(`/store/carts/${cart.id}`, buyer),
        api.get(`/store/shipping-options?cart_id=${cart.id}`, buyer),
        api.get(`/store/business/carts/${cart.id}/checkout`, buyer),
        api.get(`/store/business/units/${demo.business.units.acmeBerlin.id}/payment-terms`, buyer),
      ])
      expect([view.cart.total, view.cart.items?.[0].unit_price, view.cart.items?.[0].quantity]).toEqual([plain.data.cart.total, 2.5, 12])
      expect(view.shipping_options.map((o) => [o.id, o.amount]).sort()).toEqual(options.data.shipping_options.map((o: any) => [o.id, o.amount]).sort())
      expect(view.checkout).toEqual(readiness.data.checkout)
      expect(view.payment_terms).toEqual(terms.data.payment_terms)
      expect(view.countries.map((c) => c.iso_2)).toContain("de")
    })

    it("caches a cart's delivery options per cart state: a reload reuses them, a cart change or an option's new price does not", async () => {
      const shopper = as(null, retail)
      const address = { first_name: "Dora", last_name: "Delivery", address_1: "Hauptstraße 1", city: "Berlin", postal_code: "10115", country_code: "de" }
      const cart = (await api.post("/store/carts", { region_id: eu, shipping_address: address }, shopper)).data.cart
      const oat = (await productView(null, retail)).view.product.variants[0].id
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: oat, quantity: 1 }, shopper)).status).toBe(200)
      const cartView = async () => {
        const res = await api.get(`/store/views/cart/${cart.id}`, shopper)
        expect(res.status).toBe(200)
        const view: CartView = res.data.view
        return { cache: res.headers["x-view-cache"] as string, options: view.shipping_options.map((o) => [o.id, o.amount]).sort() }
      }
      const medusaOptions = async () => (await api.get(`/store/shipping-options?cart_id=${cart.id}`, shopper)).data.shipping_options.map((o: any) => [o.id, o.amount]).sort()

      const first = await cartView()
      expect(first.cache).toBe("miss")
      expect(first.options.length).toBeGreaterThan(0)
      expect(await cartView()).toEqual({ ...first, cache: "hit" })

      // The cart changes: another line, another postal code. Each is a new state, computed afresh.
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: oat, quantity: 2 }, shopper)).status).toBe(200)
      expect((await cartView()).cache).toBe("miss")
      expect((await api.post(`/store/carts/${cart.id}`, { shipping_address: { ...address, postal_code: "10117" } }, shopper)).status).toBe(200)
      expect((await cartView()).cache).toBe("miss")
      expect((await cartView()).cache).toBe("hit")

      // The merchant changes an option's price: the next view shows it, as Medusa's own route does.
      const [optionId, amount] = first.options[0] as [string, number]
      const changed = await api.post(`/admin/shipping-options/${optionId}`, { prices: [{ currency_code: "eur", amount: amount + 3 }] }, admin)
      expect(changed.status).toBe(200)
      const after = await cartView()
      expect(after.cache).toBe("miss")
      expect(after.options).toEqual(await medusaOptions())
      expect(after.options.find(([id]) => id === optionId)?.[1]).toBe(amount + 3)
    })

    it("answers a consumer cart without business data, and hides a cart from every caller who may not read it", async () => {
      const cart = (await api.post("/store/carts", { region_id: eu }, as(null, retail))).data.cart
      const own = await api.get(`/store/views/cart/${cart.id}`, as(null, retail))
      expect([own.status, own.data.view.checkout, own.data.view.payment_terms]).toEqual([200, null, null])
      const buyer = as(tokens["acme-buyer"], wholesale, berlinHeaders())
      const business = (await api.post("/store/carts", { region_id: eu }, buyer)).data.cart
      const refused = await Promise.all([
        api.get(`/store/views/cart/${business.id}`, as(tokens["globex-buyer"], wholesale)),
        api.get(`/store/views/cart/${business.id}`, as(null, wholesale)),
        api.get(`/store/views/cart/${business.id}`, as(tokens["acme-buyer"], retail)),
        api.get(`/store/views/cart/${cart.id}`, as(null, wholesale)),
        api.get(`/store/views/cart/cart_missing`, as(null, retail)),
      ])
      expect(refused.map((r) => r.status)).toEqual([404, 404, 404, 404, 404])
      expect((await api.get(`/store/views/cart/${cart.id}?fields=*`, as(null, retail))).status).toBe(400)
    })
  })
})
