import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ShoppingListView, WishListView } from "../../../src/lib/shopping-lists/contract"
import { as, associateWithRoles, customerToken } from "../../helpers/business-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { completeCart, Demo, prepareCheckout, variantIdBySku } from "../../helpers/store-api"
import { httpSuite } from "../../helpers/shared-app"

// COF-ESP-CASE6 carries Acme's agreement price (135 EUR); CUP-TA12-1000 is Wholesale-only; COF-FIL-3PK Retail-only.
const CASE = "COF-ESP-CASE6"
const OAT = "SUP-OAT-1L"
const CUPS = "CUP-TA12-1000"
const RETAIL_ONLY = "COF-FIL-3PK"
const BOTH_CHANNELS = "COF-ESP-1000"

export default httpSuite("shopping-lists", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let tokens: Record<string, string>
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let berlin: string
  const v: Record<string, string> = {}

  beforeAll(async () => {
    const fixture = await demoFixture(api, ["acme-buyer", "acme-admin", "globex-buyer", "shopper"])
    ;({ demo, wholesale, retail, tokens, admin } = fixture)
    berlin = demo.business.units.acmeBerlin.id
    const container = getContainer()
    await associateWithRoles(container, berlin, "sl-colleague@example.com", [{ role: "buyer", inherit: false }])
    await associateWithRoles(container, berlin, "sl-viewer@example.com", [{ role: "viewer", inherit: false }])
    tokens["colleague"] = await customerToken(api, "sl-colleague@example.com")
    tokens["viewer"] = await customerToken(api, "sl-viewer@example.com")
    for (const sku of [CASE, OAT, CUPS, RETAIL_ONLY, BOTH_CHANNELS]) v[sku] = await variantIdBySku(container, sku)
  })

  const who = (name: string, key = wholesale) => as(tokens[name], key)
  const unitLists = () => `/store/business/units/${berlin}/shopping-lists`
  const list = (id: string, rest = "") => `/store/business/shopping-lists/${id}${rest}`
  const priced = `?region_id=`
  const newCart = async (name: string, key = wholesale) => (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who(name, key))).data.cart.id as string
  const cartLines = async (cartId: string) => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["items.variant_sku", "items.quantity"], filters: { id: cartId } })
    return Object.fromEntries(((data[0] as any).items ?? []).map((i: any) => [i.variant_sku, Number(i.quantity)]))
  }
  const createList = async (name: string, items: { sku: string; quantity: number; note?: string }[], by = "acme-buyer") => {
    const res = await api.post(unitLists(), { name, items: items.map((i) => ({ variant_id: v[i.sku], quantity: i.quantity, note: i.note })) }, who(by))
    expect(res.status).toBe(200)
    return res.data.shopping_list as ShoppingListView
  }
  const setProductStatus = async (sku: string, status: "draft" | "published") => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["product.id"], filters: { sku } })
    await getContainer().resolve(Modules.PRODUCT).updateProducts((data[0] as any).product.id, { status })
  }

  describe("a business unit's lists", () => {
    it("lives through create, items, order, rename, a colleague's read, copy and add-to-cart, and delete", async () => {
      const region = `${priced}${demo.regions.eu.id}`
      const created = await api.post(
        `${unitLists()}${region}`,
        { name: "Weekly café restock", description: "Mondays", items: [{ variant_id: v[CASE], quantity: 2, note: "dark roast" }, { variant_id: v[OAT], quantity: 6 }] },
        who("acme-buyer")
      )
      expect(created.status).toBe(200)
      const restock: ShoppingListView = created.data.shopping_list
      expect(restock).toMatchObject({ name: "Weekly café restock", description: "Mondays", business_unit_id: berlin, item_count: 2, may_manage: true })
      expect(restock.owner).toMatchObject({ name: "Bea Buyer", email: "acme-buyer@example.com" })
      // The caller's price: Acme's agreement for the case, in the Wholesale channel.
      expect(restock.items.map((i) => [i.sku, i.quantity, i.note, i.sold, i.unit_price, i.currency_code])).toEqual([
        [CASE, 2, "dark roast", true, 135, "eur"],
        [OAT, 6, null, true, expect.any(Number), "eur"],
      ])
      const id = restock.id

      // Adding a variant already on the list adds to its quantity; a new one goes to the end.
      await api.post(list(id, "/items"), { variant_id: v[CUPS], quantity: 1 }, who("acme-buyer"))
      const again = await api.post(list(id, "/items"), { variant_id: v[OAT], quantity: 4 }, who("acme-buyer"))
      expect(again.data.shopping_list.items.map((i: any) => [i.sku, i.quantity, i.position])).toEqual([
        [CASE, 2, 0],
        [OAT, 10, 1],
        [CUPS, 1, 2],
      ])
      const [caseItem, oatItem, cupsItem] = again.data.shopping_list.items
      const edited = await api.post(list(id, `/items/${cupsItem.id}`), { quantity: 3, note: "12 oz" }, who("acme-buyer"))
      expect(edited.data.shopping_list.items[2]).toMatchObject({ quantity: 3, note: "12 oz" })
      const reordered = await api.post(list(id, "/positions"), { item_ids: [cupsItem.id, caseItem.id, oatItem.id] }, who("acme-buyer"))
      expect(reordered.data.shopping_list.items.map((i: any) => i.sku)).toEqual([CUPS, CASE, OAT])
      const removed = await api.delete(list(id, `/items/${oatItem.id}`), who("acme-buyer"))
      expect(removed.data.shopping_list.items.map((i: any) => i.sku)).toEqual([CUPS, CASE])
      const renamed = await api.post(list(id), { name: "Monday restock" }, who("acme-buyer"))
      expect(renamed.data.shopping_list).toMatchObject({ name: "Monday restock", description: "Mondays" })

      // A colleague of the unit sees it (not theirs to change), copies it and fills a cart from it.
      const index = await api.get(unitLists(), who("colleague"))
      expect(index.status).toBe(200)
      expect(index.data.shopping_lists.find((l: any) => l.id === id)).toMatchObject({ name: "Monday restock", item_count: 2, may_manage: false })
      const read = await api.get(list(id, region), who("colleague"))
      expect(read.data.shopping_list.items.map((i: any) => [i.sku, i.quantity])).toEqual([[CUPS, 3], [CASE, 2]])
      const copy = await api.post(list(id, "/copy"), {}, who("colleague"))
      expect(copy.status).toBe(200)
      expect(copy.data.shopping_list).toMatchObject({ name: "Monday restock (copy)", may_manage: true, owner: { email: "sl-colleague@example.com" } })
      expect(copy.data.shopping_list.items.map((i: any) => [i.sku, i.quantity, i.note])).toEqual([[CUPS, 3, "12 oz"], [CASE, 2, "dark roast"]])

      const cartId = await newCart("colleague")
      const added = await api.post(list(id, "/add-to-cart"), { cart_id: cartId }, who("colleague"))
      expect(added.status).toBe(200)
      expect(added.data.bulk).toMatchObject({ applied: true, added: 2, refused: 0 })
      expect(await cartLines(cartId)).toEqual({ [CUPS]: 3, [CASE]: 2 })
      // Chosen items only, into a cart that already holds them: quantities add up.
      const chosen = await api.post(list(id, "/add-to-cart"), { cart_id: cartId, item_ids: [cupsItem.id] }, who("colleague"))
      expect(chosen.data.bulk.added).toBe(1)
      expect(await cartLines(cartId)).toEqual({ [CUPS]: 6, [CASE]: 2 })

      // The merchant sees the unit's lists read-only.
      const merchant = await api.get(`/admin/business-units/${berlin}/shopping-lists`, admin)
      expect(merchant.status).toBe(200)
      expect(merchant.data.shopping_lists.map((l: any) => l.name)).toEqual(expect.arrayContaining(["Monday restock", "Monday restock (copy)"]))

      const deleted = await api.delete(list(id), who("acme-buyer"))
      expect(deleted.data).toEqual({ id, object: "shopping_list", deleted: true })
      expect((await api.get(list(id), who("acme-buyer"))).status).toBe(404)
    })

    it("refuses other companies, the Retail key, guests, missing permissions and a colleague's list without manage_others", async () => {
      const mine = await createList("Opening kit", [{ sku: CASE, quantity: 1 }])
      const item = mine.items[0].id
      // Another company: the list is not even confirmed to exist.
      expect((await api.get(list(mine.id), who("globex-buyer"))).status).toBe(404)
      expect((await api.post(list(mine.id, "/items"), { variant_id: v[OAT] }, who("globex-buyer"))).status).toBe(404)
      expect((await api.get(`/store/business/units/${berlin}/shopping-lists`, who("globex-buyer"))).status).toBe(404)
      // The Retail key never reaches a unit's lists, whoever holds it; guests are asked to log in.
      expect((await api.get(unitLists(), who("acme-buyer", retail))).status).toBe(403)
      expect((await api.get(list(mine.id), who("acme-buyer", retail))).status).toBe(403)
      expect((await api.get(list(mine.id), as(null, wholesale))).status).toBe(401)
      // A B2C customer (no business unit) through the Wholesale key reaches no unit's lists.
      expect((await api.get(list(mine.id), who("shopper"))).status).toBe(404)
      expect((await api.get(unitLists(), who("shopper"))).status).toBe(404)
      expect((await api.post(unitLists(), { name: "Mine" }, who("shopper"))).status).toBe(404)
      // A viewer reads but neither creates nor edits.
      expect((await api.get(list(mine.id), who("viewer"))).status).toBe(200)
      const viewerCreates = await api.post(unitLists(), { name: "Mine" }, who("viewer"))
      expect(viewerCreates.status).toBe(403)
      expect(viewerCreates.data.message).toMatch(/shopping_lists\.manage_own/)
      // A buyer may not change a colleague's list (manage_others); the unit's admin may.
      const colleagueEdits = await api.post(list(mine.id, `/items/${item}`), { quantity: 5 }, who("colleague"))
      expect(colleagueEdits.status).toBe(403)
      expect(colleagueEdits.data.message).toMatch(/shopping_lists\.manage_others/)
      expect((await api.delete(list(mine.id), who("colleague"))).status).toBe(403)
      const adminEdits = await api.post(list(mine.id, `/items/${item}`), { quantity: 5 }, who("acme-admin"))
      expect(adminEdits.status).toBe(200)
      expect(adminEdits.data.shopping_list.items[0].quantity).toBe(5)
      // A Retail-only product never enters a Wholesale list.
      const retailOnly = await api.post(list(mine.id, "/items"), { variant_id: v[RETAIL_ONLY] }, who("acme-buyer"))
      expect(retailOnly.status).toBe(400)
      expect(retailOnly.data.code).toBe("not_in_channel")
      // Bad input is a 400 that says why, and writes nothing.
      for (const body of [{ variant_id: v[OAT], quantity: 0 }, { variant_id: v[OAT], quantity: 1.5 }, { variant_id: "nope" }, { variant_id: v[OAT], extra: 1 }]) {
        const res = await api.post(list(mine.id, "/items"), body, who("acme-buyer"))
        expect(res.status).toBe(400)
      }
      expect((await api.post(unitLists(), { name: "  " }, who("acme-buyer"))).status).toBe(400)
      expect((await api.post(unitLists(), { name: "Both", cart_id: "cart_1", order_id: "order_1" }, who("acme-buyer"))).status).toBe(400)
      expect((await api.post(list(mine.id, "/positions"), { item_ids: [item, item] }, who("acme-buyer"))).status).toBe(400)
      expect((await api.post(list(mine.id, `/items/slitem_missing`), { quantity: 2 }, who("acme-buyer"))).status).toBe(404)
      const after = await api.get(list(mine.id), who("acme-buyer"))
      expect(after.data.shopping_list.items.map((i: any) => [i.sku, i.quantity])).toEqual([[CASE, 5]])
      // Another company's cart as a source, or as a target, is refused like a missing one.
      const globexCart = await newCart("globex-buyer")
      expect((await api.post(unitLists(), { name: "Theirs", cart_id: globexCart }, who("acme-buyer"))).status).toBe(404)
      expect((await api.post(list(mine.id, "/add-to-cart"), { cart_id: globexCart }, who("acme-buyer"))).status).toBe(404)
    })

    it("reports an item no longer sold when the list goes into a cart, and adds the rest", async () => {
      const kit = await createList("Branch opening kit", [{ sku: CASE, quantity: 1 }, { sku: BOTH_CHANNELS, quantity: 2 }, { sku: OAT, quantity: 6 }])
      await setProductStatus(BOTH_CHANNELS, "draft")
      try {
        const read = await api.get(list(kit.id, `${priced}${demo.regions.eu.id}`), who("acme-buyer"))
        const gone = read.data.shopping_list.items.find((i: any) => i.variant_id === v[BOTH_CHANNELS])
        expect(gone).toMatchObject({ sold: false, unit_price: null, available: null, product_handle: null, sku: BOTH_CHANNELS, product_title: "House Espresso Beans" })
        const cartId = await newCart("acme-buyer")
        const res = await api.post(list(kit.id, "/add-to-cart"), { cart_id: cartId }, who("acme-buyer"))
        expect(res.status).toBe(200)
        expect(res.data.bulk.rows.map((r: any) => [r.variant_id, r.status, r.code])).toEqual([
          [v[CASE], "added", undefined],
          [v[BOTH_CHANNELS], "refused", "not_in_channel"],
          [v[OAT], "added", undefined],
        ])
        expect(await cartLines(cartId)).toEqual({ [CASE]: 1, [OAT]: 6 })
        // A copy leaves it out and says so.
        const copy = await api.post(list(kit.id, "/copy"), { name: "Kit, current" }, who("acme-buyer"))
        expect(copy.data.shopping_list.items.map((i: any) => i.sku)).toEqual([CASE, OAT])
        expect(copy.data.skipped).toEqual([{ variant_id: v[BOTH_CHANNELS], product_title: "House Espresso Beans" }])
      } finally {
        await setProductStatus(BOTH_CHANNELS, "published")
      }
    })

    it("puts a list into a cart only as the cart's rules allow: quantity rules per row, never into a cart waiting for approval", async () => {
      const syrup = await variantIdBySku(getContainer(), "SUP-SYR-VAN") // Wholesale rule: 6 to 120, in sixes
      const kit = await api.post(unitLists(), { name: "Syrups", items: [{ variant_id: syrup, quantity: 7 }, { variant_id: v[OAT], quantity: 6 }] }, who("acme-buyer"))
      const cartId = await newCart("acme-buyer")
      const res = await api.post(list(kit.data.shopping_list.id, "/add-to-cart"), { cart_id: cartId }, who("acme-buyer"))
      expect(res.data.bulk.rows.map((r: any) => [r.variant_id, r.status, r.code])).toEqual([
        [syrup, "refused", "quantity_rule"],
        [v[OAT], "added", undefined],
      ])
      // Above Acme's 500 EUR threshold and submitted: the cart is locked while it waits.
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: v[CASE], quantity: 4 }, who("acme-buyer"))
      expect((await api.post("/store/business/approvals", { cart_id: cartId }, who("acme-buyer"))).status).toBe(201)
      const locked = await api.post(list(kit.data.shopping_list.id, "/add-to-cart"), { cart_id: cartId }, who("acme-buyer"))
      expect([locked.status, locked.data.code]).toEqual([400, "approval_pending"])
      expect(await cartLines(cartId)).toEqual({ [OAT]: 6, [CASE]: 4 })
    })

    it("adds up concurrent adds of the same item (colleagues, double submits) without losing or failing one", async () => {
      const shared = await createList("Shared restock", [], "acme-buyer")
      const adders = ["acme-buyer", "acme-admin", "acme-buyer", "acme-admin", "acme-buyer", "acme-admin"]
      const answers = await Promise.all(adders.map((name) => api.post(list(shared.id, "/items"), { variant_id: v[OAT], quantity: 2 }, who(name))))
      expect(answers.map((a) => a.status)).toEqual(adders.map(() => 200))
      const read = await api.get(list(shared.id), who("acme-buyer"))
      expect(read.data.shopping_list.items.map((i: any) => [i.sku, i.quantity])).toEqual([[OAT, 12]])
    })

    it("makes one list of ten submissions with one Idempotency-Key, and refuses the key for another body", async () => {
      const keyed = (body: object) => api.post(unitLists(), body, as(tokens["acme-buyer"], wholesale, { "idempotency-key": "new-list-once" }))
      const body = { name: "Double click", items: [{ variant_id: v[OAT], quantity: 2 }] }
      const answers = await Promise.all(Array.from({ length: 10 }, () => keyed(body)))
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200))
      expect(new Set(answers.map((a) => a.data.shopping_list.id)).size).toBe(1)
      const index = await api.get(unitLists(), who("acme-buyer"))
      expect(index.data.shopping_lists.filter((l: any) => l.name === "Double click")).toHaveLength(1)
      expect((await keyed({ name: "Something else" })).status).toBe(400)
    })

    it("saves a cart and a past order as lists", async () => {
      const cartId = await newCart("acme-buyer")
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: v[CASE], quantity: 2 }, who("acme-buyer"))
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: v[OAT], quantity: 12 }, who("acme-buyer"))
      const fromCart = await api.post(unitLists(), { name: "From my cart", cart_id: cartId }, who("acme-buyer"))
      expect(fromCart.status).toBe(200)
      expect(fromCart.data.shopping_list.items.map((i: any) => [i.sku, i.quantity])).toEqual([[CASE, 2], [OAT, 12]])
      expect(fromCart.data.skipped).toEqual([])

      await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"])
      const done = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
      expect(done.data.type).toBe("order")
      const fromOrder = await api.post(unitLists(), { name: "Last order", order_id: done.data.order.id }, who("acme-buyer"))
      expect(fromOrder.status).toBe(200)
      expect(fromOrder.data.shopping_list.items.map((i: any) => [i.sku, i.quantity])).toEqual([[CASE, 2], [OAT, 12]])
      // Someone who may not read the order gets the missing-order answer.
      expect((await api.post(`/store/business/units/${demo.business.units.globex.id}/shopping-lists`, { name: "Not mine", order_id: done.data.order.id }, who("globex-buyer"))).status).toBe(404)
    })

    it("adds a 200-item list to a cart in one request", async () => {
      const container = getContainer()
      const skus = Array.from({ length: 200 }, (_, i) => `SL-BULK-${String(i).padStart(3, "0")}`)
      await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Sample sachets",
              status: "published",
              options: [{ title: "Blend", values: skus }],
              variants: skus.map((sku) => ({ title: sku, sku, options: { Blend: sku }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 1.5 }] })),
              sales_channels: [{ id: demo.channels.wholesale.id }],
              shipping_profile_id: demo.fulfillment.shippingProfileId,
            },
          ],
        },
      })
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
      const items = (data as { id: string; sku: string }[]).sort((a, b) => a.sku.localeCompare(b.sku)).map((variant, i) => ({ variant_id: variant.id, quantity: 1 + (i % 3) }))
      const created = await api.post(unitLists(), { name: "Sampler", items }, who("acme-buyer"))
      expect(created.status).toBe(200)
      expect(created.data.shopping_list.item_count).toBe(200)
      const cartId = await newCart("acme-buyer")
      const res = await api.post(list(created.data.shopping_list.id, "/add-to-cart"), { cart_id: cartId }, who("acme-buyer"))
      expect(res.status).toBe(200)
      expect(res.data.bulk).toMatchObject({ applied: true, added: 200, refused: 0 })
      const lines = await cartLines(cartId)
      expect(Object.keys(lines)).toHaveLength(200)
      expect(Object.values(lines).reduce((sum, q) => sum + q, 0)).toBe(items.reduce((sum, i) => sum + i.quantity, 0))
    })
  })

  describe("a consumer's wish list", () => {
    const shopper = () => who("shopper", retail)

    it("saves, counts, refuses Wholesale-only products and other keys, and moves to the cart", async () => {
      const empty = await api.get("/store/wish-list", shopper())
      expect(empty.status).toBe(200)
      expect(empty.data.wish_list).toEqual({ id: null, items: [] })

      // Two first hearts at once (a double click): one wish list, the quantities summed.
      const [first, second] = await Promise.all([1, 2].map(() => api.post(`/store/wish-list/items?region_id=${demo.regions.eu.id}`, { variant_id: v[RETAIL_ONLY] }, shopper())))
      expect([first.status, second.status]).toEqual([200, 200])
      const listed: WishListView = (await api.get(`/store/wish-list?region_id=${demo.regions.eu.id}`, shopper())).data.wish_list
      expect(listed.id).toEqual(first.data.wish_list.id)
      expect(listed.items.map((i) => [i.sku, i.quantity, i.sold, i.unit_price])).toEqual([[RETAIL_ONLY, 2, true, 19]])
      const customerId = (await api.get("/store/customers/me", shopper())).data.customer.id
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "shopping_list", fields: ["id"], filters: { customer_id: customerId } })
      expect(data).toHaveLength(1)

      // A Wholesale-only product never enters a Retail list; the Wholesale key and guests are refused.
      const wholesaleOnly = await api.post("/store/wish-list/items", { variant_id: v[CUPS] }, shopper())
      expect(wholesaleOnly.status).toBe(400)
      expect(wholesaleOnly.data.code).toBe("not_in_channel")
      expect((await api.get("/store/wish-list", who("acme-buyer", wholesale))).status).toBe(403)
      expect((await api.get("/store/wish-list", as(null, retail))).status).toBe(401)
      // Someone else's item is not on your list.
      expect((await api.delete(`/store/wish-list/items/${listed.items[0].id}`, who("acme-buyer", retail))).status).toBe(404)

      await api.post("/store/wish-list/items", { variant_id: v[BOTH_CHANNELS], quantity: 1 }, shopper())
      const updated = await api.post(`/store/wish-list/items/${listed.items[0].id}`, { quantity: 3 }, shopper())
      expect(updated.data.wish_list.items.map((i: any) => [i.sku, i.quantity])).toEqual([[RETAIL_ONLY, 3], [BOTH_CHANNELS, 1]])

      const cartId = await newCart("shopper", retail)
      const moved = await api.post("/store/wish-list/move-to-cart", { cart_id: cartId, item_ids: [listed.items[0].id] }, shopper())
      expect(moved.status).toBe(200)
      expect(moved.data.bulk).toMatchObject({ added: 1, refused: 0 })
      expect(moved.data.wish_list.items.map((i: any) => i.sku)).toEqual([BOTH_CHANNELS])
      expect(await cartLines(cartId)).toEqual({ [RETAIL_ONLY]: 3 })

      const removed = await api.delete(`/store/wish-list/items/${moved.data.wish_list.items[0].id}`, shopper())
      expect(removed.data.wish_list.items).toEqual([])
      expect((await api.post("/store/wish-list/move-to-cart", { cart_id: cartId }, shopper())).status).toBe(400)
    })
  })
})
