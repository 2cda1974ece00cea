import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { NET_TERMS_PROVIDER_ID } from "../../../src/modules/net-terms-payment"
import { approvalModule } from "../../../src/modules/approval"
import OrderBusinessUnit from "../../../src/links/order-business-unit"
import { quoteService } from "../../../src/workflows/quotes/steps/quote-service"
import { as, associateWithRoles, BUSINESS_UNIT_HEADER, businessService, customerToken } from "../../helpers/business-api"
import { completeCart, Demo, openPaymentSession, prepareCheckout, variantIdBySku } from "../../helpers/store-api"
import { BERLIN_ADDRESS, demoFixture, inAWeek } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"

/**
 * Every way into a Wholesale order meets the same business-cart policy as the storefront's
 * checkout: cart transfer, a cart created with items, a cart whose lines change after approval,
 * quote acceptance, and completion by a path that is not a route. Each case reproduces a bypass
 * that existed and asserts the refusal code the policy gives at the normal checkout.
 */
export default httpSuite("business-cart-paths", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let tokens: Record<string, string>
  let acme: string, berlin: string, globex: string
  let espressoCase: string // Acme 135 EUR, Wholesale guests 145 EUR (price book)
  let oat: string // Acme 2.50 EUR, Wholesale guests 2.75 EUR, list 2.90 EUR

  beforeAll(async () => {
    const container = getContainer()
    ;({ demo, wholesale, retail, admin, tokens } = await demoFixture(api, ["acme-buyer", "acme-admin", "acme-approver", "globex-buyer", "globex-admin", "shopper"]))
    acme = demo.business.units.acme.id
    berlin = demo.business.units.acmeBerlin.id
    globex = demo.business.units.globex.id
    await associateWithRoles(container, berlin, "berlin-buyer2@example.com", [{ role: "buyer", inherit: false }])
    tokens["berlin-buyer2"] = await customerToken(api, "berlin-buyer2@example.com")
    espressoCase = await variantIdBySku(container, "COF-ESP-CASE6")
    oat = await variantIdBySku(container, "SUP-OAT-1L")
  })

  const who = (name: string | null, extra: Record<string, string> = {}) => as(name ? tokens[name] : null, wholesale, extra)
  const setUnitStatus = (id: string, status: "active" | "inactive") => businessService(getContainer()).updateBusinessUnits({ id, status })
  const unitOfCart = async (cartId: string) => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["business_unit.id", "business_associate.id"], filters: { id: cartId } })
    return (data[0] as any)?.business_unit?.id ?? null
  }
  const readiness = (cartId: string, name: string | null, key = wholesale) => api.get(`/store/business/carts/${cartId}/checkout`, as(name ? tokens[name] : null, key))

  /** A guest's Wholesale cart with lines, as a portal builds one before login. */
  const guestCart = async (lines: [string, number][]) => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who(null))).data.cart
    for (const [variant_id, quantity] of lines) {
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, who(null))).status).toBe(200)
    }
    return cart.id as string
  }

  const buyerCart = async (lines: [string, number][], name = "acme-buyer", headers: Record<string, string> = {}) => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who(name, headers))).data.cart
    for (const [variant_id, quantity] of lines) {
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, who(name))).status).toBe(200)
    }
    return cart.id as string
  }

  const decide = (flowId: string, name: string) => api.post(`/store/business/approvals/${flowId}/approve`, {}, who(name))

  describe("cart transfer to a logged-in associate", () => {
    it("links the transferred cart to the associate's unit at company prices, and it needs the same approval", async () => {
      const cartId = await guestCart([[espressoCase, 4]])
      const transfer = await api.post(`/store/carts/${cartId}/customer`, {}, who("acme-buyer"))
      expect(transfer.status).toBe(200)
      expect(transfer.data.cart.items[0].unit_price).toBe(135)
      expect(await unitOfCart(cartId)).toBe(berlin)

      await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"])
      const ready = await readiness(cartId, "acme-buyer")
      expect(ready.status).toBe(200)
      expect(ready.data.checkout).toMatchObject({ ready: false, approval: { state: "required" } })
      expect(ready.data.checkout.refusals.map((r: any) => r.code)).toEqual(["approval_required"])

      const completed = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
      expect(completed.status).toBe(400)
      expect(completed.data.code).toBe("approval_required")
      expect(completed.data.message).toMatch(/Approval needed before ordering: rule "Orders above 500 EUR"/)
    })

    it("asks an associate of several units to name one, and refuses an inactive unit", async () => {
      const ambiguous = await guestCart([[oat, 2]])
      const refused = await api.post(`/store/carts/${ambiguous}/customer`, {}, who("acme-admin"))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/x-business-unit-id/)
      expect(await unitOfCart(ambiguous)).toBeNull()
      const named = await api.post(`/store/carts/${ambiguous}/customer`, {}, who("acme-admin", { [BUSINESS_UNIT_HEADER]: acme }))
      expect(named.status).toBe(200)
      expect(await unitOfCart(ambiguous)).toBe(acme)

      const globexCart = await guestCart([[oat, 2]])
      await setUnitStatus(globex, "inactive")
      try {
        const inactive = await api.post(`/store/carts/${globexCart}/customer`, {}, who("globex-buyer"))
        expect(inactive.status).toBe(403)
        expect(inactive.data.message).toMatch(/inactive/)
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["customer.email"], filters: { id: globexCart } })
        expect((data[0] as any).customer?.email ?? null).not.toBe("globex-buyer@example.com")
      } finally {
        await setUnitStatus(globex, "active")
      }
    })

    it("never hands a unit's cart to another customer", async () => {
      const cartId = await buyerCart([[oat, 2]])
      const taken = await api.post(`/store/carts/${cartId}/customer`, {}, who("acme-admin", { [BUSINESS_UNIT_HEADER]: berlin }))
      expect(taken.status).toBe(403)
      expect(taken.data.message).toMatch(/cannot be handed to another customer/)
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["customer.email"], filters: { id: cartId } })
      expect((data[0] as any).customer.email).toBe("acme-buyer@example.com")
    })

    it("refuses at completion an associate's Wholesale cart that reached no unit by a path without a business context", async () => {
      const cartId = await guestCart([[oat, 2]])
      const [buyer] = await businessService(getContainer()).listBusinessAssociates({ email: "acme-buyer@example.com" })
      await transferCartCustomerWorkflow(getContainer()).run({ input: { id: cartId, customer_id: buyer.customer_id } })
      expect(await unitOfCart(cartId)).toBeNull()
      await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"])
      const completed = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
      expect(completed.status).toBe(400)
      expect(completed.data.code).toBe("unit_missing")
      expect((await readiness(cartId, "acme-buyer")).data.checkout.refusals.map((r: any) => r.code)).toEqual(["unit_missing"])
    })
  })

  describe("a cart created with items", () => {
    it("prices its lines as the listing and add-to-cart do, for an associate and for a guest", async () => {
      const body = { region_id: demo.regions.eu.id, items: [{ variant_id: oat, quantity: 2 }] }
      const associate = await api.post("/store/carts", body, who("acme-buyer"))
      expect(associate.status).toBe(200)
      expect(associate.data.cart.items[0].unit_price).toBe(2.5)
      expect(await unitOfCart(associate.data.cart.id)).toBe(berlin)
      const guest = await api.post("/store/carts", body, who(null))
      expect(guest.data.cart.items[0].unit_price).toBe(2.75)
      const listed = await api.get(`/store/products?handle=oat-barista-drink&region_id=${demo.regions.eu.id}&fields=variants.calculated_price.calculated_amount`, who(null))
      expect(listed.data.products[0].variants[0].calculated_price.calculated_amount).toBe(2.75)
      const consumer = await api.post("/store/carts", body, as(tokens["shopper"], retail))
      expect(consumer.data.cart.items[0].unit_price).toBe(2.9)
    })

    it("keeps the unit's approval rule for a cart created with items above the threshold", async () => {
      const created = await api.post("/store/carts", { region_id: demo.regions.eu.id, items: [{ variant_id: espressoCase, quantity: 4 }] }, who("acme-buyer"))
      expect(created.data.cart.items[0].unit_price).toBe(135)
      await prepareCheckout(api, wholesale, created.data.cart.id, tokens["acme-buyer"])
      const completed = await completeCart(api, wholesale, created.data.cart.id, tokens["acme-buyer"])
      expect(completed.status).toBe(400)
      expect(completed.data.code).toBe("approval_required")
    })
  })

  describe("approval holds for exactly the approved lines", () => {
    it("refuses an approved cart whose lines were swapped for the same net total (and no higher taxed one)", async () => {
      const cartId = await buyerCart([[espressoCase, 4], [oat, 54]])
      await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"])
      const before = (await api.get(`/store/carts/${cartId}`, who("acme-buyer"))).data.cart
      expect(before.items.map((i: any) => [i.variant_id, i.unit_price]).sort()).toEqual([[espressoCase, 135], [oat, 2.5]].sort())
      const flow = (await api.post("/store/business/approvals", { cart_id: cartId }, who("acme-buyer"))).data.approval
      expect((await decide(flow.id, "acme-approver")).status).toBe(200)
      expect((await decide(flow.id, "acme-admin")).status).toBe(200)
      expect((await readiness(cartId, "acme-buyer")).data.checkout.approval.state).toBe("approved")

      const espressoLine = before.items.find((i: any) => i.variant_id === espressoCase)
      const oatLine = before.items.find((i: any) => i.variant_id === oat)
      expect((await api.post(`/store/carts/${cartId}/line-items/${espressoLine.id}`, { quantity: 5 }, who("acme-buyer"))).status).toBe(200)
      expect((await api.delete(`/store/carts/${cartId}/line-items/${oatLine.id}`, who("acme-buyer"))).status).toBe(200)
      await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"])
      const after = (await api.get(`/store/carts/${cartId}`, who("acme-buyer"))).data.cart
      // 5 cases instead of 4 cases and 54 oat drinks: the same 675 net; with coffee's 7 % instead of the oat drink's 19 % the taxed total is lower, so only the lines refuse it.
      expect(after.item_subtotal).toBe(before.item_subtotal)
      expect(after.total).toBeLessThan(before.total)

      const ready = (await readiness(cartId, "acme-buyer")).data.checkout
      expect(ready).toMatchObject({ ready: false, approval: { state: "outdated" } })
      const completed = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
      expect(completed.status).toBe(400)
      expect(completed.data.code).toBe("approval_outdated")
    })

    it("merges a matched rule and an exceeded budget so that one approver and one admin suffice", async () => {
      const [buyer] = await businessService(getContainer()).listBusinessAssociates({ email: "berlin-buyer2@example.com" })
      const budget = await api.post(`/store/business/units/${berlin}/budgets`, { associate_id: buyer.id, amount: 100, currency_code: "EUR", period: "month" }, who("acme-admin"))
      expect(budget.status).toBe(200)
      const cartId = await buyerCart([[espressoCase, 4]], "berlin-buyer2")
      await prepareCheckout(api, wholesale, cartId, tokens["berlin-buyer2"])
      const ready = (await readiness(cartId, "berlin-buyer2")).data.checkout
      expect(ready.refusals.map((r: any) => r.code)).toEqual(["over_budget"])
      const flow = (await api.post("/store/business/approvals", { cart_id: cartId }, who("berlin-buyer2"))).data.approval
      expect(flow.tiers).toEqual([[{ role: "approver", count: 1 }], [{ role: "admin", count: 1 }]])
      expect((await decide(flow.id, "acme-approver")).data.approval.current_tier).toBe(1)
      expect((await decide(flow.id, "acme-admin")).data.approval.status).toBe("approved")
      const completed = await completeCart(api, wholesale, cartId, tokens["berlin-buyer2"])
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
    })
  })

  describe("quote acceptance", () => {
    const quoteFor = async (lines: [string, number][], unitPrice: (variantId: string) => number) => {
      const cartId = await buyerCart(lines)
      await api.post(`/store/carts/${cartId}`, { shipping_address: BERLIN_ADDRESS, billing_address: BERLIN_ADDRESS }, who("acme-buyer"))
      const requested = await api.post("/store/business/quotes", { cart_id: cartId, po_number: "PO-PATHS" }, who("acme-buyer"))
      expect(requested.status).toBe(201)
      const quote = requested.data.quote
      const priced = quote.lines.map((l: any) => ({ id: l.id, unit_price: unitPrice(l.variant_id) }))
      expect((await api.post(`/admin/quotes/${quote.id}`, { lines: priced, shipping_total: 12, valid_until: inAWeek() }, admin)).status).toBe(200)
      expect((await api.post(`/admin/quotes/${quote.id}/send`, {}, admin)).status).toBe(200)
      return quote.id as string
    }

    it("refuses to accept for an inactive unit, leaving the quote open", async () => {
      const quoteId = await quoteFor([[oat, 10]], () => 2.3)
      await setUnitStatus(acme, "inactive")
      try {
        const refused = await api.post(`/store/business/quotes/${quoteId}/accept`, {}, who("acme-buyer"))
        expect(refused.status).toBe(403)
        expect(refused.data.code).toBe("unit_inactive")
      } finally {
        await setUnitStatus(acme, "active")
      }
      const [quote] = await quoteService(getContainer()).listQuotes({ id: quoteId })
      expect(quote).toMatchObject({ status: "sent", order_id: null })
    })

    it("submits a quote above the unit's threshold for approval and places its order once approved", async () => {
      const quoteId = await quoteFor([[espressoCase, 4]], () => 130) // 4 × 130 + 12 shipping = 532 EUR
      const accepted = await api.post(`/store/business/quotes/${quoteId}/accept`, {}, who("acme-buyer"))
      expect(accepted.status).toBe(202)
      expect(accepted.data.status).toBe("approval_pending")
      const flow = accepted.data.approval
      expect(flow).toMatchObject({ quote_id: quoteId, status: "pending", tiers: [[{ role: "approver", count: 1 }], [{ role: "admin", count: 1 }]] })
      expect(flow.snapshot.lines).toEqual([expect.objectContaining({ variant_id: espressoCase, quantity: 4, unit_price: 130 })])

      const again = await api.post(`/store/business/quotes/${quoteId}/accept`, {}, who("acme-buyer"))
      expect(again.status).toBe(202)
      expect(again.data.approval.id).toBe(flow.id)
      expect(await approvalModule(getContainer()).listApprovalFlows({ quote_id: quoteId })).toHaveLength(1)

      expect((await decide(flow.id, "acme-approver")).status).toBe(200)
      expect((await decide(flow.id, "acme-admin")).status).toBe(200)
      let quote: any
      for (let i = 0; i < 100; i++) {
        ;[quote] = await quoteService(getContainer()).listQuotes({ id: quoteId })
        if (quote.order_id) break
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(quote).toMatchObject({ status: "accepted" })
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["total", "business_unit.id", "items.unit_price"], filters: { id: quote.order_id } })
      // The quoted 532 net (4 × 130 at 7 %, 12 shipping at 19 %) with its 38.68 VAT.
      expect(Number((data[0] as any).total)).toBe(570.68)
      expect((data[0] as any).business_unit.id).toBe(berlin)
      const repeat = await api.post(`/store/business/quotes/${quoteId}/accept`, {}, who("acme-buyer"))
      expect(repeat.status).toBe(200)
      expect(repeat.data.order.id).toBe(quote.order_id)
    })
  })

  describe("draft orders converted by the merchant", () => {
    const draftFor = async (email: string, lines: [string, number][], metadata?: Record<string, unknown>) => {
      const [associate] = await businessService(getContainer()).listBusinessAssociates({ email })
      const created = await api.post(
        "/admin/draft-orders",
        {
          customer_id: associate.customer_id,
          email,
          region_id: demo.regions.eu.id,
          sales_channel_id: demo.channels.wholesale.id,
          shipping_address: BERLIN_ADDRESS,
          billing_address: BERLIN_ADDRESS,
          items: lines.map(([variant_id, quantity]) => ({ variant_id, quantity })),
          ...(metadata ? { metadata } : {}),
        },
        admin
      )
      expect(created.status).toBe(200)
      return created.data.draft_order.id as string
    }
    const convert = (id: string) => api.post(`/admin/draft-orders/${id}/convert-to-order`, {}, admin)
    const unitOfOrder = async (orderId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["status", "business_unit.id", "business_associate.id"], filters: { id: orderId } })
      return data[0] as any
    }

    it("attributes a converted Wholesale draft order to the associate's unit", async () => {
      const id = await draftFor("acme-buyer@example.com", [[oat, 2]])
      const converted = await convert(id)
      expect(converted.status).toBe(200)
      expect(await unitOfOrder(id)).toMatchObject({ business_unit: { id: berlin }, business_associate: { id: expect.any(String) } })
    })

    it("converts a double-submitted draft order once, attributed once", async () => {
      const id = await draftFor("acme-buyer@example.com", [[oat, 3]])
      const answers = await Promise.all(Array.from({ length: 5 }, () => convert(id)))
      const statuses = answers.map((a) => a.status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(1)
      expect(statuses.filter((s) => s !== 200).every((s) => s === 400 || s === 409)).toBe(true)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: OrderBusinessUnit.entryPoint, fields: ["order_id", "business_unit_id"], filters: { order_id: id } })
      expect(links.map((l: any) => [l.order_id, l.business_unit_id])).toEqual([[id, berlin]])
      const { data: orders } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id } })
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: (orders[0] as any).items.map((i: any) => i.id) })
      expect(reservations.map((r: any) => Number(r.quantity))).toEqual([3])
    })

    it("refuses to convert what the unit's approval rule or an inactive unit would refuse at checkout", async () => {
      const overThreshold = await draftFor("acme-buyer@example.com", [[espressoCase, 4]])
      const refused = await convert(overThreshold)
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("approval_required")
      expect(refused.data.message).toMatch(/send it as a quote instead/)
      expect((await unitOfOrder(overThreshold)).status).toBe("draft")

      const small = await draftFor("globex-buyer@example.com", [[oat, 2]])
      await setUnitStatus(globex, "inactive")
      try {
        const inactive = await convert(small)
        expect(inactive.status).toBe(403)
        expect(inactive.data.code).toBe("unit_inactive")
      } finally {
        await setUnitStatus(globex, "active")
      }
      const ambiguous = await draftFor("acme-admin@example.com", [[oat, 1]])
      expect((await convert(ambiguous)).data.code).toBe("unit_missing")
      const named = await draftFor("acme-admin@example.com", [[oat, 1]], { business_unit_id: acme })
      expect((await convert(named)).status).toBe(200)
      expect((await unitOfOrder(named)).business_unit.id).toBe(acme)
    })
  })

  describe("checkout readiness as data", () => {
    it("answers credit and providers, and refuses an order above the credit with credit_exceeded", async () => {
      const cartId = await buyerCart([[oat, 4]])
      await prepareCheckout(api, wholesale, cartId, tokens["acme-buyer"])
      const ready = (await readiness(cartId, "acme-buyer")).data.checkout
      expect(ready).toMatchObject({ ready: true, refusals: [], approval: { state: "not_needed" }, credit: { currency_code: "eur" } })
      expect(ready.payment_providers).toEqual(expect.arrayContaining([NET_TERMS_PROVIDER_ID, "pp_system_default"]))

      expect((await api.post(`/admin/business-units/${berlin}/payment-terms`, { terms: "net_30", credit_limit: 5 }, admin)).status).toBe(200)
      try {
        expect((await openPaymentSession(api, wholesale, cartId, NET_TERMS_PROVIDER_ID, tokens["acme-buyer"])).status).toBe(200)
        const overCredit = (await readiness(cartId, "acme-buyer")).data.checkout
        expect(overCredit.refusals.map((r: any) => r.code)).toEqual(["credit_exceeded"])
        expect(overCredit.credit).toMatchObject({ limit: 5, available: 5 })
        const completed = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
        expect(completed.status).toBe(400)
        expect(completed.data.code).toBe("credit_exceeded")
      } finally {
        await api.post(`/admin/business-units/${berlin}/payment-terms`, { terms: "net_30", credit_limit: 1_000_000 }, admin)
      }
    })

    it("refuses another company, a colleague without view rights, a B2C customer, a guest and the Retail key", async () => {
      const cartId = await buyerCart([[oat, 1]])
      expect((await readiness(cartId, "acme-buyer")).status).toBe(200)
      expect((await readiness(cartId, "globex-admin")).status).toBe(404)
      expect((await readiness(cartId, "berlin-buyer2")).status).toBe(403)
      expect((await readiness(cartId, "shopper")).status).toBe(404)
      expect((await readiness(cartId, null)).status).toBe(401)
      expect((await readiness(cartId, "acme-buyer", retail)).status).toBe(403)
      expect((await readiness("cart_does_not_exist", "acme-buyer")).status).toBe(404)
    })
  })
})
