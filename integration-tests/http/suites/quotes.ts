import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expireOverdueQuotes } from "../../../src/jobs/expire-quotes"
import { as, associateWithRoles } from "../../helpers/business-api"
import { Demo, inventoryLevel, setStock, variantIdBySku } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

const ADDRESS = { first_name: "Bea", last_name: "Buyer", address_1: "Torstraße 5", city: "Berlin", postal_code: "10119", country_code: "de" }
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()

export default httpSuite("quotes", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  const tokens: Record<string, string> = {}
  let oat: string
  let espressoCase: string

  beforeAll(async () => {
    const container = getContainer()
    demo = seededDemo()
    wholesale = demo.channels.wholesale.publishableKey
    retail = demo.channels.retail.publishableKey
    oat = await variantIdBySku(container, "SUP-OAT-1L")
    espressoCase = await variantIdBySku(container, "COF-ESP-CASE6")
    await associateWithRoles(container, demo.business.units.acmeBerlin.id, "acme-viewer@example.com", [{ role: "viewer", inherit: false }])
    const fixture = await demoFixture(api, ["acme-buyer", "acme-admin", "acme-viewer", "globex-buyer", "shopper"])
    Object.assign(tokens, fixture.tokens)
    admin = fixture.admin
  })

  const buyer = () => as(tokens["acme-buyer"], wholesale)

  /** Acme Berlin's buyer puts 10 oat drinks and 2 espresso cases in a cart and asks for a quote. */
  const requestQuote = async (po = "PO-4711") => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, buyer())).data.cart
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: oat, quantity: 10 }, buyer())
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: espressoCase, quantity: 2 }, buyer())
    await api.post(`/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, buyer())
    const res = await api.post("/store/business/quotes", { cart_id: cart.id, comment: "Monthly volume, can you do better?", po_number: po }, buyer())
    expect(res.status).toBe(201)
    return { cart, quote: res.data.quote }
  }

  /** The merchant prices every line, adds shipping and sends the offer. */
  const sendOffer = async (quote: any, validUntil = inAWeek()) => {
    const lines = quote.lines.map((l: any) => ({ id: l.id, unit_price: l.variant_id === oat ? 2.3 : 130 }))
    const edited = await api.post(`/admin/quotes/${quote.id}`, { lines, shipping_total: 12, valid_until: validUntil }, admin)
    expect(edited.status).toBe(200)
    const sent = await api.post(`/admin/quotes/${quote.id}/send`, { comment: "Best we can do" }, admin)
    expect(sent.status).toBe(200)
    return sent.data.quote
  }

  const notificationsTo = async (email: string, template: string) => {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let i = 0; i < 50; i++) {
      const found = await notifications.listNotifications({ to: email, template })
      if (found.length) return found
      await new Promise((r) => setTimeout(r, 100))
    }
    return []
  }

  it("runs request → offer → accept into an ordinary order at the quoted prices, with PO number, unit and stock", async () => {
    const { cart, quote } = await requestQuote()
    expect(quote).toMatchObject({ status: "requested", po_number: "PO-4711" })
    expect(quote.lines.map((l: any) => [l.quantity, l.requested_unit_price]).sort()).toEqual([[10, 2.5], [2, 135]].sort())

    // The cart changes afterwards; the quote does not.
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: oat, quantity: 5 }, buyer())
    const frozen = await api.get(`/store/business/quotes/${quote.id}`, buyer())
    expect(frozen.data.quote.lines.find((l: any) => l.variant_id === oat).quantity).toBe(10)
    expect((await notificationsTo("admin@example.com", "quote-requested")).length).toBe(1)

    const sent = await sendOffer(quote)
    expect(sent.status).toBe("sent")
    // Net lines and shipping, then VAT to Germany: 19 % on the oat drink and shipping, 7 % on the coffee.
    const tax = Math.round((10 * 2.3 * 0.19 + 2 * 130 * 0.07 + 12 * 0.19) * 100) / 100
    expect(sent.offer).toMatchObject({ item_total: 10 * 2.3 + 2 * 130, shipping_total: 12, tax_total: tax, total: 10 * 2.3 + 2 * 130 + 12 + tax })
    expect((await notificationsTo("acme-buyer@example.com", "quote-sent")).length).toBe(1)

    const before = await inventoryLevel(getContainer(), demo, (await getContainer().resolve(Modules.INVENTORY).listInventoryItems({ sku: "COF-ESP-CASE6" }))[0].id)
    const accepted = await api.post(`/store/business/quotes/${quote.id}/accept`, {}, buyer())
    expect(accepted.status).toBe(200)
    const order = accepted.data.order
    expect(order.status).toBe("pending")
    expect(order.sales_channel_id).toBe(demo.channels.wholesale.id)
    expect(order.metadata.po_number).toBe("PO-4711")
    expect(order.items.map((i: any) => [i.variant_id, i.quantity, i.unit_price]).sort()).toEqual([[oat, 10, 2.3], [espressoCase, 2, 130]].sort())
    // The order carries exactly the taxed total the buyer accepted.
    expect(Math.round(order.total * 100)).toBe(Math.round(sent.offer.total * 100))

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["business_unit.id", "business_associate.email"], filters: { id: order.id } })
    expect((data[0] as any).business_unit.id).toBe(demo.business.units.acmeBerlin.id)
    expect((data[0] as any).business_associate.email).toBe("acme-buyer@example.com")
    const after = await inventoryLevel(getContainer(), demo, (await getContainer().resolve(Modules.INVENTORY).listInventoryItems({ sku: "COF-ESP-CASE6" }))[0].id)
    expect(after.reserved_quantity - before.reserved_quantity).toBe(2)

    const adminView = await api.get(`/admin/orders/${order.id}`, admin)
    expect(adminView.status).toBe(200)
    const quoteAfter = await api.get(`/store/business/quotes/${quote.id}`, buyer())
    expect(quoteAfter.data.quote).toMatchObject({ status: "accepted", order_id: order.id })
    expect((await notificationsTo("admin@example.com", "quote-accepted")).length).toBe(1)
  })

  it("makes exactly one order from ten simultaneous accepts", async () => {
    const { quote } = await requestQuote()
    await sendOffer(quote)
    const results = await Promise.all(Array.from({ length: 10 }, () => api.post(`/store/business/quotes/${quote.id}/accept`, {}, buyer())))
    const ok = results.filter((r) => r.status === 200)
    expect(results.filter((r) => r.status >= 500)).toEqual([])
    expect(new Set(ok.map((r) => r.data.order.id)).size).toBe(1)
    const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "metadata"] })
    expect(orders.filter((o: any) => o.metadata?.quote_id === quote.id)).toHaveLength(1)
  })

  it("refuses to accept when stock is gone, leaving no order and the quote open", async () => {
    const { quote } = await requestQuote()
    await sendOffer(quote)
    await setStock(getContainer(), demo, "COF-ESP-CASE6", 1)
    const res = await api.post(`/store/business/quotes/${quote.id}/accept`, {}, buyer())
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/stock|inventory/i)
    const again = await api.get(`/store/business/quotes/${quote.id}`, buyer())
    expect(again.data.quote).toMatchObject({ status: "sent", order_id: null })
    const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "metadata"] })
    expect(orders.filter((o: any) => o.metadata?.quote_id === quote.id)).toHaveLength(0)
  })

  it("declines, renegotiates with a message, withdraws, and refuses illegal moves", async () => {
    const first = (await requestQuote()).quote
    await sendOffer(first)
    const declined = await api.post(`/store/business/quotes/${first.id}/decline`, { comment: "Too high" }, buyer())
    expect(declined.data.quote.status).toBe("declined")
    const late = await api.post(`/store/business/quotes/${first.id}/accept`, {}, buyer())
    expect(late.status).toBe(400)
    expect(late.data.message).toMatch(/A declined quote cannot be accepted/)

    const second = (await requestQuote()).quote
    await sendOffer(second)
    const noReason = await api.post(`/store/business/quotes/${second.id}/renegotiate`, {}, buyer())
    expect(noReason.status).toBe(400)
    const renegotiating = await api.post(`/store/business/quotes/${second.id}/renegotiate`, { comment: "Espresso at 125?" }, buyer())
    expect(renegotiating.data.quote.status).toBe("renegotiating")
    await api.post(`/admin/quotes/${second.id}/messages`, { body: "Let me check with purchasing" }, admin)
    const thread = await api.get(`/store/business/quotes/${second.id}/messages`, buyer())
    expect(thread.data.messages.map((m: any) => [m.author_type, m.body])).toEqual([
      ["merchant", "Best we can do"],
      ["buyer", "Espresso at 125?"],
      ["merchant", "Let me check with purchasing"],
    ])
    const resent = await sendOffer(second)
    expect(resent.status).toBe("sent")
    const withdrawn = await api.post(`/admin/quotes/${second.id}/withdraw`, { comment: "Prices changed" }, admin)
    expect(withdrawn.data.quote.status).toBe("withdrawn")
    const afterWithdraw = await api.post(`/store/business/quotes/${second.id}/accept`, {}, buyer())
    expect(afterWithdraw.status).toBe(400)

    const third = (await requestQuote()).quote
    const unpriced = await api.post(`/admin/quotes/${third.id}/send`, {}, admin)
    expect(unpriced.status).toBe(400)
    expect(unpriced.data.message).toMatch(/unit price for every line/)
    const tooEarly = await api.post(`/store/business/quotes/${third.id}/accept`, {}, buyer())
    expect(tooEarly.status).toBe(400)
  })

  it("expires a sent quote past its valid-until through the job, and refuses to accept it", async () => {
    const { quote } = await requestQuote()
    await sendOffer(quote, new Date(Date.now() + 1500).toISOString())
    await new Promise((r) => setTimeout(r, 1600))
    const refused = await api.post(`/store/business/quotes/${quote.id}/accept`, {}, buyer())
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/expired/)
    expect(await expireOverdueQuotes(getContainer())).toBe(1)
    const after = await api.get(`/admin/quotes/${quote.id}`, admin)
    expect(after.data.quote.status).toBe("expired")
    expect((await notificationsTo("acme-buyer@example.com", "quote-expired")).length).toBe(1)
  })

  it("shows quotes by permission and refuses other units, roles without permission, B2C customers and the Retail key", async () => {
    const { quote } = await requestQuote()
    await sendOffer(quote)
    const path = `/store/business/quotes/${quote.id}`
    const adminSees = await api.get(path, as(tokens["acme-admin"], wholesale))
    const viewerSees = await api.get(path, as(tokens["acme-viewer"], wholesale))
    expect([adminSees.status, viewerSees.status]).toEqual([200, 200])
    const viewerAccepts = await api.post(`${path}/accept`, {}, as(tokens["acme-viewer"], wholesale))
    expect(viewerAccepts.status).toBe(403)
    for (const [token, key, status] of [[tokens["globex-buyer"], wholesale, 404], [tokens.shopper, wholesale, 404], [null, wholesale, 401], [tokens["acme-buyer"], retail, 403]] as const) {
      const read = await api.get(path, as(token, key))
      const accept = await api.post(`${path}/accept`, {}, as(token, key))
      expect([read.status, accept.status]).toEqual([status, status])
      expect(JSON.stringify(read.data)).not.toContain("PO-4711")
    }
    expect((await api.get("/store/business/quotes", as(tokens["globex-buyer"], wholesale))).data.quotes).toEqual([])
    expect((await api.get("/store/business/quotes", as(tokens["acme-admin"], wholesale))).data.quotes.map((q: any) => q.id)).toEqual([quote.id])

    const viewerRequests = await api.post("/store/business/quotes", { cart_id: quote.cart_id }, as(tokens["acme-viewer"], wholesale))
    expect(viewerRequests.status).toBe(403)
    const othersCart = await api.post("/store/business/quotes", { cart_id: quote.cart_id }, as(tokens["acme-admin"], wholesale, { "x-business-unit-id": demo.business.units.acmeBerlin.id }))
    expect(othersCart.status).toBe(404)
    const adminList = await api.get(`/admin/quotes?status=sent&business_unit_id=${demo.business.units.acmeBerlin.id}`, admin)
    expect(adminList.data.quotes.map((q: any) => q.id)).toEqual([quote.id])
  })
})
