import { approvalModule } from "../../../src/modules/approval"
import { netTermsModule } from "../../../src/modules/net-terms"
import { NET_TERMS_PROVIDER_ID } from "../../../src/modules/net-terms-payment"
import { quoteService } from "../../../src/workflows/quotes/steps/quote-service"
import { as } from "../../helpers/business-api"
import { BERLIN_ADDRESS, demoFixture } from "../../helpers/demo-fixture"
import { completeCart, prepareCheckout, variantIdBySku } from "../../helpers/store-api"
import { httpSuite } from "../../helpers/shared-app"

/** Double clicks and retries on the routes that create things give one object. */
export default httpSuite("idempotency", ({ api, getContainer }) => {
  let fixture: Awaited<ReturnType<typeof demoFixture>>
  let oat: string
  let espressoCase: string

  beforeAll(async () => {
    fixture = await demoFixture(api, ["acme-buyer", "acme-approver"])
    oat = await variantIdBySku(getContainer(), "SUP-OAT-1L")
    espressoCase = await variantIdBySku(getContainer(), "COF-ESP-CASE6")
  })

  const buyer = (extra: Record<string, string> = {}) => as(fixture.tokens["acme-buyer"], fixture.wholesale, extra)
  const cartWith = async (variantId: string, quantity: number) => {
    const cart = (await api.post("/store/carts", { region_id: fixture.demo.regions.eu.id }, buyer())).data.cart
    expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity }, buyer())).status).toBe(200)
    await api.post(`/store/carts/${cart.id}`, { shipping_address: BERLIN_ADDRESS, billing_address: BERLIN_ADDRESS }, buyer())
    return cart.id as string
  }

  it("makes one quote from ten simultaneous requests on one cart, and answers the open quote again", async () => {
    const cartId = await cartWith(oat, 10)
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.post("/store/business/quotes", { cart_id: cartId }, buyer())))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
    expect(new Set(answers.map((a) => a.data.quote.id)).size).toBe(1)
    expect(await quoteService(getContainer()).listQuotes({ cart_id: cartId })).toHaveLength(1)
    const later = await api.post("/store/business/quotes", { cart_id: cartId }, buyer())
    expect([later.status, later.data.quote.id]).toEqual([200, answers[0].data.quote.id])
  })

  it("replays ten submissions with one Idempotency-Key as one approval and ten identical answers", async () => {
    const cartId = await cartWith(espressoCase, 4)
    await prepareCheckout(api, fixture.wholesale, cartId, fixture.tokens["acme-buyer"])
    const key = { "idempotency-key": `submit-${cartId}` }
    const answers = await Promise.all(Array.from({ length: 10 }, () => api.post("/store/business/approvals", { cart_id: cartId }, buyer(key))))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201))
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1)
    expect(await approvalModule(getContainer()).listApprovalFlows({ cart_id: cartId })).toHaveLength(1)

    const otherBody = await api.post("/store/business/approvals", { cart_id: "cart_other" }, buyer(key))
    expect(otherBody.status).toBe(400)
    expect(otherBody.data.message).toMatch(/used for a different request/)
    // Without the key the second submission meets the rule: the cart is already waiting.
    const again = await api.post("/store/business/approvals", { cart_id: cartId }, buyer())
    expect([again.status, again.data.message]).toEqual([400, "This cart is already waiting for approval"])
    // Another customer's identical key is another request (refused on its own merits: not their cart).
    const stranger = await api.post("/store/business/approvals", { cart_id: cartId }, as(fixture.tokens["acme-approver"], fixture.wholesale, key))
    expect(stranger.status).toBe(404)
  })

  it("records an invoice payment sent twice with one key once", async () => {
    const cartId = await cartWith(oat, 4)
    await prepareCheckout(api, fixture.wholesale, cartId, fixture.tokens["acme-buyer"], { provider_id: NET_TERMS_PROVIDER_ID, cheapestShipping: true })
    const placed = await completeCart(api, fixture.wholesale, cartId, fixture.tokens["acme-buyer"])
    expect(placed.status).toBe(200)
    const [invoice] = await netTermsModule(getContainer()).listInvoices({ order_id: placed.data.order.id })
    const key = { ...fixture.admin, headers: { ...fixture.admin.headers, "idempotency-key": `pay-${invoice.id}` } }
    const answers = await Promise.all([1, 2, 3].map(() => api.post(`/admin/invoices/${invoice.id}/payments`, { amount: 5, reference: "bank 1" }, key)))
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201])
    expect(new Set(answers.map((a) => JSON.stringify(a.data))).size).toBe(1)
    expect(await netTermsModule(getContainer()).listInvoicePayments({ invoice_id: invoice.id })).toHaveLength(1)
    const tooLong = { ...fixture.admin, headers: { ...fixture.admin.headers, "idempotency-key": "k".repeat(300) } }
    expect((await api.post(`/admin/invoices/${invoice.id}/payments`, { amount: 5 }, tooLong)).status).toBe(400)
    expect(await netTermsModule(getContainer()).listInvoicePayments({ invoice_id: invoice.id })).toHaveLength(1)
  })
})
