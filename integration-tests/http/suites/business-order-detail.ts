import { NET_TERMS_PROVIDER_ID } from "../../../src/modules/net-terms-payment"
import { NET_TERMS_MODULE } from "../../../src/modules/net-terms"
import NetTermsModuleService from "../../../src/modules/net-terms/service"
import { as, associateWithRoles, BUSINESS_UNIT_HEADER } from "../../helpers/business-api"
import { demoFixture, inAWeek } from "../../helpers/demo-fixture"
import { httpSuite } from "../../helpers/shared-app"
import { cartWithLine, completeCart, prepareCheckout, variantIdBySku } from "../../helpers/store-api"

/** GET /store/business/orders/:id: the portal's order page (PO, approval trail, invoice) and who may read it. */
export default httpSuite("business-order-detail", ({ api, getContainer }) => {
  /** The seeded shop (keys, tokens, admin login) and the records the tests share. */
  let fx: Awaited<ReturnType<typeof demoFixture>>
  let berlin: string
  let espressoCase: string
  let oat: string
  /** The order every test reads: 540 EUR on net terms, approved in two tiers, with a PO. */
  let approved: { id: string; display_id: number; total: number }

  const who = (name: string, extra: Record<string, string> = {}) => as(fx.tokens[name], fx.wholesale, extra)
  const detail = (orderId: string, options: ReturnType<typeof as>) => api.get(`/store/business/orders/${orderId}`, options)

  /** A Berlin cart of the named associate, ready to complete with the given provider. */
  const readyCart = async (name: string, lines: [string, number][], provider_id: string, metadata?: Record<string, string>) => {
    const cart = (await api.post("/store/carts", { region_id: fx.demo.regions.eu.id }, who(name))).data.cart
    for (const [variant_id, quantity] of lines) {
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, who(name))).status).toBe(200)
    }
    if (metadata) expect((await api.post(`/store/carts/${cart.id}`, { metadata }, who(name))).status).toBe(200)
    await prepareCheckout(api, fx.wholesale, cart.id, fx.tokens[name], { provider_id, cheapestShipping: true })
    return cart.id as string
  }

  const place = async (name: string, cartId: string) => {
    const res = await completeCart(api, fx.wholesale, cartId, fx.tokens[name])
    expect([res.status, res.data.type]).toEqual([200, "order"])
    return res.data.order
  }

  beforeAll(async () => {
    const container = getContainer()
    fx = await demoFixture(api, ["acme-buyer", "acme-approver", "acme-admin", "globex-admin", "shopper"])
    berlin = fx.demo.business.units.acmeBerlin.id
    espressoCase = await variantIdBySku(container, "COF-ESP-CASE6") // 135 EUR for Acme: four need approval
    oat = await variantIdBySku(container, "SUP-OAT-1L")

    // Colleagues of the buyer in Berlin: one who sees everyone's orders, one who sees only their own,
    // and one whose merchant-defined role may order but not look at orders afterwards.
    await associateWithRoles(container, berlin, "acme-viewer@example.com", [{ role: "viewer", inherit: false }])
    await associateWithRoles(container, berlin, "acme-buyer2@example.com", [{ role: "buyer", inherit: false }])
    const role = await api.post("/admin/business-roles", { handle: "order-only", name: "Order only", permissions: ["carts.view_own", "carts.update_own", "orders.place_own"] }, fx.admin)
    expect(role.status).toBe(201)
    await associateWithRoles(container, berlin, "acme-order-only@example.com", [{ role: "order-only", inherit: false }])
    Object.assign(fx.tokens, (await demoFixture(api, ["acme-viewer", "acme-buyer2", "acme-order-only"])).tokens)

    const cartId = await readyCart("acme-buyer", [[espressoCase, 4]], NET_TERMS_PROVIDER_ID, { po_number: "PO-TRAIL-9", delivery_instructions: "Ring twice" })
    const flow = (await api.post("/store/business/approvals", { cart_id: cartId }, who("acme-buyer"))).data.approval
    expect((await api.post(`/store/business/approvals/${flow.id}/approve`, { comment: "Fine by me" }, who("acme-approver"))).status).toBe(200)
    expect((await api.post(`/store/business/approvals/${flow.id}/approve`, { comment: "Go ahead" }, who("acme-admin"))).status).toBe(200)
    approved = await place("acme-buyer", cartId)
  })

  it("answers the PO number, delivery instructions, approval trail and invoice the order was placed with", async () => {
    const res = await detail(approved.id, who("acme-admin"))
    expect(res.status).toBe(200)
    const [invoice] = await (getContainer().resolve(NET_TERMS_MODULE) as NetTermsModuleService).listInvoices({ order_id: approved.id })
    expect(res.data.order).toMatchObject({
      id: approved.id,
      display_id: approved.display_id,
      total: approved.total,
      currency_code: "eur",
      business_unit_id: berlin,
      po_number: "PO-TRAIL-9",
      delivery_instructions: "Ring twice",
      invoice: {
        state: "issued",
        invoice: {
          id: invoice.id,
          number: invoice.number,
          status: "open",
          terms: "net_30",
          currency_code: "eur",
          due_date: new Date(invoice.due_date!).toISOString(),
          // The invoice owes the order's total in cents (Medusa's total is not rounded).
          total: Math.round(approved.total * 100) / 100,
          paid_amount: 0,
          open_amount: Math.round(approved.total * 100) / 100,
          days_overdue: 0,
          pdf_url: `/store/business/units/${berlin}/invoices/${invoice.id}/pdf`,
        },
      },
    })
    const [approval] = res.data.order.approvals
    expect(res.data.order.approvals).toHaveLength(1)
    expect(approval).toMatchObject({ status: "approved", reasons: [expect.stringMatching(/Orders above 500 EUR/)], requested_by: { email: "acme-buyer@example.com" } })
    expect(approval.decisions.map((d: any) => [d.tier, d.decision, d.decided_by.email, d.comment])).toEqual([
      [0, "approve", "acme-approver@example.com", "Fine by me"],
      [1, "approve", "acme-admin@example.com", "Go ahead"],
    ])

    // The PDF link is the invoice route the caller may use.
    const pdf = await api.get(res.data.order.invoice.invoice.pdf_url, { ...who("acme-admin"), responseType: "arraybuffer" })
    expect([pdf.status, pdf.headers["content-type"], Buffer.from(pdf.data).subarray(0, 5).toString()]).toEqual([200, "application/pdf", "%PDF-"])
  })

  it("shows the buyer and a viewer the order and its trail, and the invoice only to roles that see invoices", async () => {
    const full = (await detail(approved.id, who("acme-admin"))).data.order
    for (const name of ["acme-buyer", "acme-viewer"]) {
      const res = await detail(approved.id, who(name))
      expect([name, res.status]).toEqual([name, 200])
      expect(res.data.order).toEqual({ ...full, invoice: { state: "withheld", permission: "invoices.view" } })
    }
  })

  it("answers a quote's order with the quote's PO number and the approval of its acceptance", async () => {
    const cartId = await readyCart("acme-buyer", [[espressoCase, 4]], NET_TERMS_PROVIDER_ID)
    const requested = await api.post("/store/business/quotes", { cart_id: cartId, po_number: "PO-QUOTE-3" }, who("acme-buyer"))
    expect(requested.status).toBe(201)
    const quote = requested.data.quote
    const lines = quote.lines.map((l: any) => ({ id: l.id, unit_price: 130 }))
    expect((await api.post(`/admin/quotes/${quote.id}`, { lines, shipping_total: 12, valid_until: inAWeek() }, fx.admin)).status).toBe(200)
    expect((await api.post(`/admin/quotes/${quote.id}/send`, {}, fx.admin)).status).toBe(200)
    const accepted = await api.post(`/store/business/quotes/${quote.id}/accept`, {}, who("acme-buyer"))
    expect(accepted.data.status).toBe("approval_pending")
    const flowId = accepted.data.approval.id
    expect((await api.post(`/store/business/approvals/${flowId}/approve`, {}, who("acme-approver"))).status).toBe(200)
    expect((await api.post(`/store/business/approvals/${flowId}/approve`, { comment: "Quoted price is fine" }, who("acme-admin"))).status).toBe(200)
    // Approving the last tier places the quote's order in the background.
    let orderId: string | null = null
    for (let i = 0; i < 100 && !orderId; i++) {
      orderId = (await api.get(`/store/business/quotes/${quote.id}`, who("acme-buyer"))).data.quote.order_id ?? null
      if (!orderId) await new Promise((resolve) => setTimeout(resolve, 100))
    }

    const res = await detail(orderId!, who("acme-buyer"))
    expect(res.status).toBe(200)
    // 4 × 130 at 7 % and 12 shipping at 19 %: 532 net + 38.68 VAT.
    expect(res.data.order).toMatchObject({ po_number: "PO-QUOTE-3", total: 570.68, approvals: [{ id: flowId, status: "approved" }] })
    expect(res.data.order.approvals[0].decisions.map((d: any) => [d.decided_by.email, d.comment])).toEqual([
      ["acme-approver@example.com", null],
      ["acme-admin@example.com", "Quoted price is fine"],
    ])
  })

  it("refuses another company, a consumer, a guest, the Retail key and a colleague who sees only their own orders", async () => {
    expect((await detail(approved.id, who("acme-buyer2"))).status).toBe(404)
    expect((await detail(approved.id, who("globex-admin"))).status).toBe(404)
    expect((await detail(approved.id, who("shopper"))).status).toBe(404)
    expect((await detail(approved.id, who("acme-admin", { [BUSINESS_UNIT_HEADER]: fx.demo.business.units.globex.id }))).status).toBe(404)
    expect((await detail(approved.id, as(null, fx.wholesale))).status).toBe(401)
    expect((await detail(approved.id, as(fx.tokens["acme-admin"], fx.retail))).status).toBe(403)
    const missing = await detail("order_01NOSUCHORDER", who("acme-admin"))
    expect([missing.status, missing.data.message]).toEqual([404, "Order id not found: order_01NOSUCHORDER"])
    expect((await detail(approved.id, who("globex-admin"))).data.message).toBe(`Order id not found: ${approved.id}`)

    // A consumer's own Retail order is no business order, whoever asks.
    const retailCart = await cartWithLine(api, fx.demo, fx.retail, oat, 1)
    await prepareCheckout(api, fx.retail, retailCart.id)
    const consumerOrder = (await completeCart(api, fx.retail, retailCart.id)).data.order
    expect((await detail(consumerOrder.id, who("acme-admin"))).status).toBe(404)
  })

  it("validates the order id and the query", async () => {
    const badId = await detail("not-an-order", who("acme-admin"))
    expect([badId.status, badId.data.message]).toEqual([400, 'id: must be an id starting with "order_"'])
    const extra = await api.get(`/store/business/orders/${approved.id}?fields=*metadata`, who("acme-admin"))
    expect(extra.status).toBe(400)
    expect(extra.data.message).toMatch(/fields/)
  })

  it("answers a paid-now order without invoice or approvals, and refuses its buyer once their role no longer shows orders", async () => {
    const order = await place("acme-order-only", await readyCart("acme-order-only", [[oat, 2]], "pp_system_default"))
    const res = await detail(order.id, who("acme-admin"))
    expect(res.status).toBe(200)
    expect(res.data.order).toMatchObject({ po_number: null, delivery_instructions: null, approvals: [], invoice: { state: "none" } })
    const own = await detail(order.id, who("acme-order-only"))
    expect([own.status, own.data.message]).toEqual([403, expect.stringMatching(/orders\.view_own/)])
  })
})
