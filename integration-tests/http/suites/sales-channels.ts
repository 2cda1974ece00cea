import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "../../../src/scripts/seed"
import { PRODUCTS } from "../../../src/scripts/seed/catalog"
import {
  cartWithLine,
  completeCart,
  Demo,
  inventoryLevel,
  prepareCheckout,
  setStock,
  variantIdBySku,
  withKey,
} from "../../helpers/store-api"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

const handlesSoldIn = (role: "retail" | "wholesale") =>
  PRODUCTS.filter((p) => p.channels.includes(role)).map((p) => p.handle).sort()

export default httpSuite("sales-channels", ({ api, getContainer }) => {
  let demo: Demo
  let retailKey: string
  let wholesaleKey: string

  beforeAll(async () => {
    demo = seededDemo()
    retailKey = demo.channels.retail.publishableKey
    wholesaleKey = demo.channels.wholesale.publishableKey
  })

  describe("catalog listing per publishable key", () => {
    it("lists exactly the Retail products with the Retail key and the Wholesale products with the Wholesale key", async () => {
      const retail = await api.get("/store/products?limit=100&fields=handle", withKey(retailKey))
      const wholesale = await api.get("/store/products?limit=100&fields=handle", withKey(wholesaleKey))

      expect(retail.status).toBe(200)
      expect(wholesale.status).toBe(200)
      expect(retail.data.products.map((p: any) => p.handle).sort()).toEqual(handlesSoldIn("retail"))
      expect(wholesale.data.products.map((p: any) => p.handle).sort()).toEqual(handlesSoldIn("wholesale"))
      expect(handlesSoldIn("retail")).toContain("espresso-capsules-30")
      expect(handlesSoldIn("wholesale")).not.toContain("espresso-capsules-30")
    })

    it("does not let one key fetch a product sold only in the other channel", async () => {
      const pallet = await api.get("/store/products?handle=house-espresso-pallet", withKey(retailKey))
      const capsules = await api.get("/store/products?handle=espresso-capsules-30", withKey(wholesaleKey))
      expect(pallet.data.products).toEqual([])
      expect(capsules.data.products).toEqual([])
    })

    it("refuses a request with no key or an unknown key with a clear 4xx", async () => {
      const none = await api.get("/store/products", withKey(undefined))
      const unknown = await api.get("/store/products", withKey("pk_does_not_exist"))

      expect(none.status).toBe(400)
      expect(none.data.message).toMatch(/publishable api key required/i)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/valid publishable key is required/i)
    })

    it("marks which channel is wholesale in data, not in code", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "sales_channel",
        fields: ["name", "metadata"],
        filters: { id: [demo.channels.retail.id, demo.channels.wholesale.id] },
      })
      const kinds = Object.fromEntries(data.map((sc: any) => [sc.name, sc.metadata?.channel_kind]))
      expect(kinds).toEqual({ Retail: "b2c", Wholesale: "b2b" })
    })
  })

  describe("carts stay in their key's sales channel", () => {
    it("puts a new cart in the key's channel", async () => {
      const retail = await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(retailKey))
      const wholesale = await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(wholesaleKey))
      expect(retail.data.cart.sales_channel_id).toBe(demo.channels.retail.id)
      expect(wholesale.data.cart.sales_channel_id).toBe(demo.channels.wholesale.id)
    })

    it("refuses to add a product that is not sold in the cart's channel", async () => {
      const pallet = await variantIdBySku(getContainer(), "COF-ESP-PAL60")
      const capsules = await variantIdBySku(getContainer(), "COF-CAP-30")
      const retailCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(retailKey))).data.cart
      const wholesaleCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(wholesaleKey))).data.cart

      const intoRetail = await api.post(`/store/carts/${retailCart.id}/line-items`, { variant_id: pallet, quantity: 1 }, withKey(retailKey))
      const intoWholesale = await api.post(`/store/carts/${wholesaleCart.id}/line-items`, { variant_id: capsules, quantity: 1 }, withKey(wholesaleKey))

      expect(intoRetail.status).toBe(400)
      expect(intoRetail.data.message).toBe('"House Espresso Beans, Pallet of 60 Cases" is not sold in the Retail sales channel')
      expect(intoWholesale.status).toBe(400)
      expect(intoWholesale.data.message).toBe('"Espresso Capsules, 30 Pack" is not sold in the Wholesale sales channel')
      const after = await api.get(`/store/carts/${retailCart.id}`, withKey(retailKey))
      expect(after.data.cart.items).toEqual([])
    })

    it("refuses a cart created with lines from another channel", async () => {
      const pallet = await variantIdBySku(getContainer(), "COF-ESP-PAL60")
      const res = await api.post(
        "/store/carts",
        { region_id: demo.regions.eu.id, items: [{ variant_id: pallet, quantity: 1 }] },
        withKey(retailKey)
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/not sold in the Retail sales channel/)
    })

    it("does not let a Retail key move its cart to the Wholesale channel or touch a Wholesale cart", async () => {
      const retailCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(retailKey))).data.cart
      const wholesaleCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(wholesaleKey))).data.cart

      const move = await api.post(`/store/carts/${retailCart.id}`, { sales_channel_id: demo.channels.wholesale.id }, withKey(retailKey))
      const read = await api.get(`/store/carts/${wholesaleCart.id}`, withKey(retailKey))
      const complete = await completeCart(api, retailKey, wholesaleCart.id)

      expect(move.status).toBe(403)
      expect(move.data.message).toMatch(/not available to this publishable API key/)
      expect(read.status).toBe(404) // a refused read is "not found", whatever the reason
      expect(complete.status).toBe(403)
      const still = await api.get(`/store/carts/${retailCart.id}`, withKey(retailKey))
      expect(still.data.cart.sales_channel_id).toBe(demo.channels.retail.id)
    })

    it("places an order that carries the cart's sales channel", async () => {
      const mug = await variantIdBySku(getContainer(), "CUP-MUG-SAND")
      for (const [key, channelId] of [
        [retailKey, demo.channels.retail.id],
        [wholesaleKey, demo.channels.wholesale.id],
      ]) {
        const cart = await cartWithLine(api, demo, key, mug, 2)
        await prepareCheckout(api, key, cart.id)
        const res = await completeCart(api, key, cart.id)
        expect(res.status).toBe(200)
        expect(res.data.type).toBe("order")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["sales_channel_id"],
          filters: { id: res.data.order.id },
        })
        expect(data[0].sales_channel_id).toBe(channelId)
        expect(res.data.order.items.map((i: any) => [i.variant_sku, i.quantity])).toEqual([["CUP-MUG-SAND", 2]])
      }
    })
  })

  describe("one inventory shared by both channels", () => {
    it("sells stock through one channel that is then gone for the other", async () => {
      const container = getContainer()
      const kettle = await variantIdBySku(container, "GEAR-KETTLE")
      const inventoryItemId = await setStock(container, demo, "GEAR-KETTLE", 2)

      const retailCart = await cartWithLine(api, demo, retailKey, kettle, 2)
      await prepareCheckout(api, retailKey, retailCart.id)
      const order = await completeCart(api, retailKey, retailCart.id)
      expect(order.data.type).toBe("order")

      const level = await inventoryLevel(container, demo, inventoryItemId)
      expect(level.stocked_quantity).toBe(2)
      expect(level.reserved_quantity).toBe(2)

      const listed = await api.get("/store/products?handle=gooseneck-kettle&fields=+variants.inventory_quantity", withKey(wholesaleKey))
      expect(listed.data.products[0].variants[0].inventory_quantity).toBe(0)

      const wholesaleCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(wholesaleKey))).data.cart
      const add = await api.post(`/store/carts/${wholesaleCart.id}/line-items`, { variant_id: kettle, quantity: 1 }, withKey(wholesaleKey))
      expect(add.status).toBe(400)
      expect(add.data.message).toMatch(/inventory/i)
    })
  })

  describe("seed", () => {
    it("is idempotent: a second run adds nothing", async () => {
      const container = getContainer()
      const again = await seedDemoData(container)
      expect(again.products.created).toBe(0)
      expect(again.channels.retail.publishableKey).toBe(retailKey)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({ entity: "product", fields: ["id"] })
      const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["name"] })
      const { data: regions } = await query.graph({ entity: "region", fields: ["name"] })
      const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id"] })
      expect(products).toHaveLength(PRODUCTS.length)
      expect(channels.filter((c: any) => ["Retail", "Wholesale"].includes(c.name))).toHaveLength(2)
      expect(regions).toHaveLength(2)
      expect(options).toHaveLength(4)
    })
  })
})
