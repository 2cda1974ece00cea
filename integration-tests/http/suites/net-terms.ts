import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { NET_TERMS_PROVIDER_ID } from "../../../src/modules/net-terms-payment"
import { NET_TERMS_MODULE } from "../../../src/modules/net-terms"
import { businessModule } from "../../../src/modules/business"
import { sellerOf } from "../../../src/lib/tax/seller"
import type { InvoiceResponse } from "../../../src/lib/net-terms/contract"
import NetTermsModuleService from "../../../src/modules/net-terms/service"
import { markOverdueInvoicesWorkflow } from "../../../src/workflows/net-terms/workflows/mark-overdue-invoices"
import { as, associateWithRoles, customerToken } from "../../helpers/business-api"
import { completeCart, Demo, openPaymentSession, prepareCheckout, variantIdBySku } from "../../helpers/store-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { pdfText } from "../../helpers/pdf"
import { httpSuite, seededDemo } from "../../helpers/shared-app"

const DAY = 24 * 60 * 60 * 1000
const isoDay = (d: string | Date) => new Date(d).toISOString().slice(0, 10)

const cents = (n: unknown) => Math.round(Number(n) * 100) / 100

export default httpSuite("net-terms", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let acme: string
  let berlin: string
  let oat: string
  let crate: string
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    const container = getContainer()
    demo = seededDemo()
    wholesale = demo.channels.wholesale.publishableKey
    retail = demo.channels.retail.publishableKey
    acme = demo.business.units.acme.id
    berlin = demo.business.units.acmeBerlin.id
    oat = await variantIdBySku(container, "SUP-OAT-1L")
    // A wholesale item at 294.10 EUR: with the 5.90 EUR standard shipping a cart of one is 300.00.
    await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "Roastery starter crate",
            status: "published",
            options: [{ title: "Size", values: ["Crate"] }],
            variants: [{ title: "Crate", sku: "TEST-CRATE-300", options: { Size: "Crate" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 294.1 }] }],
            sales_channels: [{ id: demo.channels.wholesale.id }],
            shipping_profile_id: demo.fulfillment.shippingProfileId,
          },
        ],
      },
    })
    crate = await variantIdBySku(container, "TEST-CRATE-300")
    await associateWithRoles(container, acme, "acme-finance@example.com", [{ role: "finance", inherit: true }])
    const fixture = await demoFixture(api, ["acme-buyer", "acme-admin", "acme-finance", "globex-admin", "globex-buyer", "shopper"])
    Object.assign(tokens, fixture.tokens)
    admin = fixture.admin
  })

  const service = () => getContainer().resolve(NET_TERMS_MODULE) as NetTermsModuleService
  const who = (name: string) => as(tokens[name], wholesale)

  /** A cart of the named associate (in their only or given unit), ready to complete on net terms. */
  const netTermsCart = async (name: string, lines: [string, number][], extra: Record<string, string> = {}, po?: string) => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(tokens[name], wholesale, extra))).data.cart
    for (const [variant_id, quantity] of lines) {
      expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity }, who(name))).status).toBe(200)
    }
    if (po) expect((await api.post(`/store/carts/${cart.id}`, { metadata: { po_number: po } }, who(name))).status).toBe(200)
    await prepareCheckout(api, wholesale, cart.id, tokens[name], { provider_id: NET_TERMS_PROVIDER_ID, cheapestShipping: true })
    return cart.id as string
  }

  const placeOrder = async (name: string, lines: [string, number][], po?: string) => {
    const cartId = await netTermsCart(name, lines, {}, po)
    const res = await completeCart(api, wholesale, cartId, tokens[name])
    expect(res.status).toBe(200)
    expect(res.data.type).toBe("order")
    // Medusa's order total is not rounded (net + VAT gives 18.921): what is owed is that total in cents.
    return { ...res.data.order, total: cents(res.data.order.total) }
  }

  const invoiceOf = async (orderId: string) => {
    const [invoice] = await service().listInvoices({ order_id: orderId })
    return invoice
  }

  const creditAvailable = async (unitId: string, name = "acme-admin") => {
    const res = await api.get(`/store/business/units/${unitId}/payment-terms`, who(name))
    expect(res.status).toBe(200)
    return res.data.payment_terms.credit_available as number
  }

  it("places a B2B order on Net 30 and writes its invoice with the PO number and due date", async () => {
    const order = await placeOrder("acme-buyer", [[oat, 4]], "PO-4711")
    const list = await api.get(`/store/business/units/${berlin}/invoices`, who("acme-finance"))
    expect(list.status).toBe(200)
    expect(list.data.count).toBe(1)
    const invoice = list.data.invoices[0]
    expect(invoice).toMatchObject({
      order_id: order.id,
      order_display_id: order.display_id,
      business_unit_id: berlin,
      credit_holder_id: acme,
      po_number: "PO-4711",
      terms: "net_30",
      status: "open",
      currency_code: "eur",
      total: order.total,
      paid_amount: 0,
      open_amount: order.total,
    })
    expect(invoice.number).toMatch(new RegExp(`^INV-${new Date(invoice.issued_at).getUTCFullYear()}-\\d{6}$`))
    expect(isoDay(invoice.due_date)).toBe(isoDay(new Date(Date.UTC(new Date(invoice.issued_at).getUTCFullYear(), new Date(invoice.issued_at).getUTCMonth(), new Date(invoice.issued_at).getUTCDate()) + 30 * DAY)))
    expect(invoice.lines).toEqual([expect.objectContaining({ sku: "SUP-OAT-1L", quantity: 4 })])
    expect(invoice.buyer).toMatchObject({ company: "Acme Cafés GmbH", unit: "Acme Cafés Berlin" })
    // The admin's order page reads the order's invoice by the order's id.
    expect((await api.get(`/admin/invoices?order_id=${order.id}`, admin)).data.invoices.map((i: any) => i.id)).toEqual([invoice.id])

    // The order is an ordinary Medusa order paid by an authorized net-terms payment.
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["metadata", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "business_unit.id"],
      filters: { id: order.id },
    })
    const placed = data[0] as any
    expect(placed.metadata).toMatchObject({ po_number: "PO-4711" })
    expect(placed.business_unit.id).toBe(berlin)
    expect(placed.payment_collections[0].payments).toEqual([expect.objectContaining({ provider_id: NET_TERMS_PROVIDER_ID, captured_at: null })])

    // The credit is used by the open invoice, and the hold that took it is marked invoiced.
    expect(await creditAvailable(acme)).toBe(10000 - order.total)
    expect(await service().listCreditHolds({ order_id: order.id })).toEqual([expect.objectContaining({ status: "invoiced" })])
  })

  it("serves the invoice PDF with the invoice and PO numbers, seller and buyer VAT ids and the VAT per rate to associates who may view invoices", async () => {
    // Shipped to Germany: 7 % on the coffee, 19 % on the oat drink, the cups and the shipping.
    const container = getContainer()
    const [coffee, cups] = await Promise.all([variantIdBySku(container, "COF-ESP-CASE6"), variantIdBySku(container, "CUP-TA12-1000")])
    const order = await placeOrder("acme-buyer", [[oat, 2], [coffee, 1], [cups, 1]], "PO-PDF-77")
    const invoice = await invoiceOf(order.id)
    const url = `/store/business/units/${berlin}/invoices/${invoice.id}/pdf`
    const res = await api.get(url, { ...who("acme-finance"), responseType: "arraybuffer" })
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toBe("application/pdf")
    const pdf = Buffer.from(res.data)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const { pages, text } = pdfText(pdf)
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(text).toContain(invoice.number)
    expect(text).toContain("PO-PDF-77")
    expect(text).toContain("Net 30")

    // The invoice's amounts are Medusa's order totals, and they add up.
    const shown = ((await api.get(`/store/business/units/${berlin}/invoices/${invoice.id}`, who("acme-finance"))).data as InvoiceResponse).invoice
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [placed] } = await query.graph({ entity: "order", fields: ["item_subtotal", "shipping_subtotal", "tax_total", "total"], filters: { id: order.id } })
    expect(shown).toMatchObject({
      item_subtotal: cents(placed.item_subtotal),
      shipping_subtotal: cents(placed.shipping_subtotal),
      tax_total: cents(placed.tax_total),
      total: cents(placed.total),
      tax_treatment: null,
      tax_note: null,
    })
    expect(shown.tax_rates.map((r) => r.rate)).toEqual([7, 19])
    expect(shown.tax_total).toBeGreaterThan(0)
    const sum = (ns: number[]) => cents(ns.reduce((a, n) => a + n, 0))
    expect(sum([shown.item_subtotal, shown.shipping_subtotal, shown.tax_total])).toBe(shown.total)
    expect(sum(shown.tax_rates.map((r) => r.tax))).toBe(shown.tax_total)
    expect(sum(shown.tax_rates.map((r) => r.base))).toBe(sum([shown.item_subtotal, shown.shipping_subtotal]))

    // The PDF names the seller and the buyer with their VAT ids and prints every amount (label, then amount).
    const printed = text.replace(/\s+/g, " ")
    const buyerVatId = (await businessModule(container).taxProfileOf(berlin))?.tax_id
    expect(buyerVatId).toBeTruthy()
    const eur = (n: number) => `${n.toFixed(2)} EUR`
    expect(printed).toContain(`${sellerOf().legal_name} ${sellerOf().address_lines.join(" ")} VAT ID ${sellerOf().vat_id}`)
    expect(printed).toContain(`VAT ID ${buyerVatId}`)
    expect(printed).toContain(`Items subtotal ${eur(shown.item_subtotal)}`)
    expect(printed).toContain(`Shipping ${eur(shown.shipping_subtotal)}`)
    for (const r of shown.tax_rates) expect(printed).toContain(`VAT ${r.rate}% on ${eur(r.base)} ${eur(r.tax)}`)
    expect(printed).toContain(`Tax total ${eur(shown.tax_total)}`)
    expect(printed).toContain(`Total ${eur(shown.total)}`)
    expect(printed).toContain(`Amount due ${eur(shown.total)}`)

    const adminPdf = await api.get(`/admin/invoices/${invoice.id}/pdf`, { ...admin, responseType: "arraybuffer" })
    expect(adminPdf.status).toBe(200)
    expect(pdfText(Buffer.from(adminPdf.data)).text).toContain(invoice.number)

    // A buyer without "invoices.view", another company, the Retail key and a guest are refused.
    expect((await api.get(url, who("acme-buyer"))).status).toBe(403)
    expect((await api.get(`/store/business/units/${berlin}/statement`, who("acme-buyer"))).status).toBe(403)
    expect((await api.get(url, who("globex-admin"))).status).toBe(404)
    expect((await api.get(url, as(tokens["acme-finance"], retail))).status).toBe(403)
    expect((await api.get(url, as(null, wholesale))).status).toBe(401)
    const globexUnit = demo.business.units.globex.id
    expect((await api.get(`/store/business/units/${globexUnit}/invoices/${invoice.id}`, who("globex-admin"))).status).toBe(404)
  })

  it("refuses every invoice and terms route to another company, a B2C customer, a guest and the Retail key", async () => {
    const order = await placeOrder("acme-buyer", [[oat, 1]])
    const invoice = await invoiceOf(order.id)
    const unit = `/store/business/units/${berlin}`
    const routes = [`${unit}/payment-terms`, `${unit}/invoices`, `${unit}/invoices/${invoice.id}`, `${unit}/invoices/${invoice.id}/pdf`, `${unit}/statement`]
    for (const url of routes) {
      expect([url, (await api.get(url, who("acme-finance"))).status]).toEqual([url, 200])
      expect([url, (await api.get(url, who("globex-admin"))).status]).toEqual([url, 404])
      expect([url, (await api.get(url, who("shopper"))).status]).toEqual([url, 404])
      expect([url, (await api.get(url, as(null, wholesale))).status]).toEqual([url, 401])
      expect([url, (await api.get(url, as(tokens["acme-finance"], retail))).status]).toEqual([url, 403])
    }
    // Terms and credit are shown to any associate of the unit; invoices need "invoices.view".
    expect((await api.get(routes[0], who("acme-buyer"))).status).toBe(200)
    for (const url of routes.slice(1)) expect([url, (await api.get(url, who("acme-buyer"))).status]).toEqual([url, 403])
  })

  it("lets exactly one of 5 parallel full payments of an invoice through", async () => {
    const order = await placeOrder("acme-buyer", [[oat, 3]])
    const invoice = await invoiceOf(order.id)
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.post(`/admin/invoices/${invoice.id}/payments`, { amount: order.total }, admin))
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s !== 201).every((s) => s === 400 || s === 409)).toBe(true)
    const [paid] = await service().listInvoices({ id: invoice.id }, { relations: ["payments"] })
    expect(paid).toMatchObject({ status: "paid" })
    expect(Number(paid.paid_amount)).toBe(order.total)
    expect(paid.payments).toHaveLength(1)
  })

  it("refuses net terms to a B2C cart, through the Retail key, and to a unit without terms", async () => {
    const retailCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(tokens["shopper"], retail))).data.cart
    await api.post(`/store/carts/${retailCart.id}/line-items`, { variant_id: oat, quantity: 1 }, as(tokens["shopper"], retail))
    const viaRetail = await openPaymentSession(api, retail, retailCart.id, NET_TERMS_PROVIDER_ID, tokens["shopper"])
    expect(viaRetail.status).toBe(400)
    expect(viaRetail.data.message).toMatch(/only available to business units ordering through the Wholesale storefront/)

    // The same business associate, shopping in the B2C shop, does not get terms either.
    const associateInRetail = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(tokens["acme-buyer"], retail))).data.cart
    await api.post(`/store/carts/${associateInRetail.id}/line-items`, { variant_id: oat, quantity: 1 }, as(tokens["acme-buyer"], retail))
    expect((await openPaymentSession(api, retail, associateInRetail.id, NET_TERMS_PROVIDER_ID, tokens["acme-buyer"])).status).toBe(400)

    const globexCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who("globex-buyer"))).data.cart
    await api.post(`/store/carts/${globexCart.id}/line-items`, { variant_id: oat, quantity: 1 }, who("globex-buyer"))
    const noTerms = await openPaymentSession(api, wholesale, globexCart.id, NET_TERMS_PROVIDER_ID, tokens["globex-buyer"])
    expect(noTerms.status).toBe(400)
    expect(noTerms.data.message).toMatch(/has no payment terms/)
    expect((await api.get(`/store/business/units/${demo.business.units.globex.id}/payment-terms`, who("globex-buyer"))).data.payment_terms).toEqual({ enabled: false })

    // Terms switched off after the session was opened: completion checks again.
    const cartId = await netTermsCart("acme-buyer", [[oat, 1]])
    expect((await api.post(`/admin/business-units/${acme}/payment-terms`, { terms: null }, admin)).status).toBe(200)
    const late = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(late.status).toBe(400)
    expect(late.data.message).toMatch(/has no payment terms/)
  })

  it("refuses an order above the credit available, with the amounts, and keeps nothing held", async () => {
    const settings = await api.post(`/admin/business-units/${acme}/payment-terms`, { credit_limit: 50 }, admin)
    expect(settings.status).toBe(200)
    expect(settings.data.payment_terms.credit).toMatchObject({ limit: 50, used: 0, available: 50 })
    const cartId = await netTermsCart("acme-buyer", [[oat, 30]])
    const res = await completeCart(api, wholesale, cartId, tokens["acme-buyer"])
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/^This order \(\d+\.\d{2} EUR\) exceeds the credit available on net terms \(50\.00 EUR of a 50\.00 EUR limit\)$/)
    expect(await service().listCreditHolds({ cart_id: cartId, status: "held" })).toEqual([])
    expect(await creditAvailable(acme)).toBe(50)
  })

  it("records a partial and then the full payment: the invoice is paid and the Medusa payment captured", async () => {
    const order = await placeOrder("acme-buyer", [[oat, 4]])
    const invoice = await invoiceOf(order.id)
    const pay = (amount: number, reference?: string) => api.post(`/admin/invoices/${invoice.id}/payments`, { amount, reference }, admin)

    const partial = await pay(10, "Bank transfer 1")
    expect(partial.status).toBe(201)
    expect(partial.data.invoice).toMatchObject({ status: "partially_paid", paid_amount: 10, open_amount: Math.round((order.total - 10) * 100) / 100 })
    expect(await creditAvailable(acme)).toBe(Math.round((10000 - order.total + 10) * 100) / 100)

    const tooMuch = await pay(order.total)
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.data.message).toMatch(/exceeds the open amount of invoice/)
    expect((await pay(-5)).status).toBe(400)
    expect((await api.post(`/admin/invoices/${invoice.id}/payments`, { amount: "ten" }, admin)).status).toBe(400)

    const rest = await pay(Math.round((order.total - 10) * 100) / 100, "Bank transfer 2")
    expect(rest.status).toBe(201)
    expect(rest.data.invoice).toMatchObject({ status: "paid", open_amount: 0 })
    expect(rest.data.invoice.payments.map((p: any) => p.reference).sort()).toEqual(["Bank transfer 1", "Bank transfer 2"])
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.captured_at", "payment_collections.payments.captures.amount"], filters: { id: order.id } })
    const payment = (data[0] as any).payment_collections[0].payments[0]
    expect(payment.captured_at).not.toBeNull()
    expect(payment.captures.map((c: any) => Number(c.amount))).toEqual([order.total])
    expect((await pay(1)).data.message).toMatch(/already paid/)
    expect(await creditAvailable(acme)).toBe(10000)
  })

  it("voids the invoice and frees the credit when the order is cancelled", async () => {
    const order = await placeOrder("acme-buyer", [[oat, 6]])
    expect(await creditAvailable(acme)).toBe(10000 - order.total)
    const cancel = await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
    expect(cancel.status).toBe(200)
    expect(await invoiceOf(order.id)).toMatchObject({ status: "void", void_reason: "Order canceled" })
    expect(await creditAvailable(acme)).toBe(10000)

    const another = await invoiceOf((await placeOrder("acme-buyer", [[oat, 1]])).id)
    expect((await api.post(`/admin/invoices/${another.id}/void`, {}, admin)).status).toBe(400)
    const voided = await api.post(`/admin/invoices/${another.id}/void`, { reason: "Duplicate order" }, admin)
    expect(voided.status).toBe(200)
    expect(voided.data.invoice).toMatchObject({ status: "void", void_reason: "Duplicate order", open_amount: 0 })
    expect((await api.post(`/admin/invoices/${another.id}/payments`, { amount: 1 }, admin)).data.message).toMatch(/is void/)
  })

  it("marks overdue invoices in the daily job, notifies the buyer and ages them in the statement", async () => {
    const late = await invoiceOf((await placeOrder("acme-buyer", [[oat, 3]], "PO-LATE")).id)
    const current = await invoiceOf((await placeOrder("acme-buyer", [[oat, 1]])).id)
    await service().updateInvoices({ id: late.id, due_date: new Date(Date.now() - 40 * DAY) })

    const { result } = await markOverdueInvoicesWorkflow(getContainer()).run({ input: { as_of: new Date() } })
    expect(result.map((i: any) => i.id)).toEqual([late.id])
    expect(await invoiceOf(late.order_id)).toMatchObject({ status: "overdue" })
    expect(await invoiceOf(current.order_id)).toMatchObject({ status: "open" })

    // The buyer got the invoice when the order was placed, and now exactly one overdue reminder.
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const sentFor = async (template: string) => {
      let sent: any[] = []
      for (let i = 0; i < 50 && !sent.length; i++) {
        sent = await notifications.listNotifications({ resource_id: late.id, template })
        if (!sent.length) await new Promise((r) => setTimeout(r, 100))
      }
      return sent
    }
    expect(await sentFor("invoice-overdue")).toEqual([expect.objectContaining({ to: "acme-buyer@example.com", trigger_type: "invoice.overdue" })])
    expect(await sentFor("invoice-issued")).toEqual([expect.objectContaining({ to: "acme-buyer@example.com", trigger_type: "invoice.issued" })])

    const statement = (await api.get(`/store/business/units/${acme}/statement`, who("acme-finance"))).data.statement
    expect(statement.credit).toMatchObject({ limit: 10000, credit_holder_id: acme })
    expect(statement.credit.used).toBe(Math.round((Number(late.total) + Number(current.total)) * 100) / 100)
    expect(statement.aging).toEqual({ current: Number(current.total), "1-30": 0, "31-60": Number(late.total), "61-90": 0, "90+": 0 })
    expect(statement.invoices.find((i: any) => i.id === late.id)).toMatchObject({ aging_bucket: "31-60", days_overdue: 40, status: "overdue" })

    const adminOverdue = await api.get(`/admin/invoices?overdue=true&business_unit_id=${berlin}`, admin)
    expect(adminOverdue.data.invoices.map((i: any) => i.number)).toEqual([late.number])
    expect((await api.get(`/admin/invoices?q=PO-LATE`, admin)).data.invoices.map((i: any) => i.id)).toEqual([late.id])
    expect((await api.get(`/admin/invoices?status=bogus`, admin)).status).toBe(400)
    expect((await api.get(`/admin/business-units/${acme}/statement`, admin)).data.statement.aging["31-60"]).toBe(Number(late.total))
  })

  it("validates the merchant's terms settings and lets a division draw on its own limit", async () => {
    const bad = await api.post(`/admin/business-units/${berlin}/payment-terms`, { terms: "net_31" }, admin)
    expect(bad.status).toBe(400)
    expect((await api.post(`/admin/business-units/${berlin}/payment-terms`, { credit_limit: -1 }, admin)).status).toBe(400)
    expect((await api.post(`/admin/business-units/${berlin}/payment-terms`, {}, admin)).status).toBe(400)
    expect((await api.post(`/admin/business-units/bu_missing/payment-terms`, { terms: "net_7" }, admin)).status).toBe(404)

    const inherited = (await api.get(`/admin/business-units/${berlin}/payment-terms`, admin)).data.payment_terms
    expect(inherited).toMatchObject({ own: null, effective: { terms: "net_30", credit_holder_id: acme, credit_limit: 10000 } })
    const own = await api.post(`/admin/business-units/${berlin}/payment-terms`, { terms: "net_15", credit_limit: 400 }, admin)
    expect(own.data.payment_terms.effective).toMatchObject({ terms: "net_15", credit_holder_id: berlin, credit_limit: 400, currency_code: "eur" })
    const order = await placeOrder("acme-buyer", [[oat, 2]])
    expect(await invoiceOf(order.id)).toMatchObject({ terms: "net_15", credit_holder_id: berlin })
    expect(await creditAvailable(berlin)).toBe(400 - order.total)
    expect(await creditAvailable(acme)).toBe(10000)
  })

  it("makes a due-on-fulfilment invoice due on the day the order is fulfilled", async () => {
    expect((await api.post(`/admin/business-units/${acme}/payment-terms`, { terms: "due_on_fulfillment" }, admin)).status).toBe(200)
    const order = await placeOrder("acme-buyer", [[oat, 2]])
    expect(await invoiceOf(order.id)).toMatchObject({ terms: "due_on_fulfillment", due_date: null })
    const items = order.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) }))
    const fulfilled = await api.post(`/admin/orders/${order.id}/fulfillments`, { items, location_id: demo.fulfillment.stockLocationId }, admin)
    expect([fulfilled.status, fulfilled.data.message]).toEqual([200, undefined])
    let invoice = await invoiceOf(order.id)
    for (let i = 0; i < 50 && !invoice.due_date; i++) {
      await new Promise((r) => setTimeout(r, 100))
      invoice = await invoiceOf(order.id)
    }
    expect(invoice.due_date && isoDay(invoice.due_date)).toBe(isoDay(new Date()))
  })

  it("lets exactly 3 of 10 parallel 357 EUR checkouts (300 net + 19 % VAT: credit counts the taxed total) through a 1,100 EUR credit limit", async () => {
    const container = getContainer()
    const created = await api.post("/admin/business-units", { name: "Initech Kantinen", currency_code: "eur" }, admin)
    expect(created.status).toBe(201)
    const unitId = created.data.business_unit.id
    await associateWithRoles(container, unitId, "initech-buyer@example.com", [{ role: "buyer", inherit: true }])
    tokens["initech-buyer"] = await customerToken(api, "initech-buyer@example.com")
    expect((await api.post(`/admin/business-units/${unitId}/payment-terms`, { terms: "net_30", credit_limit: 1100 }, admin)).status).toBe(200)

    const carts = await Promise.all(Array.from({ length: 10 }, () => netTermsCart("initech-buyer", [[crate, 1]])))
    const { data: totals } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["total"], filters: { id: carts } })
    expect(totals.map((c: any) => cents(c.total))).toEqual(Array(10).fill(357))

    const results = await Promise.all(carts.map((id) => completeCart(api, wholesale, id, tokens["initech-buyer"])))
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(3)
    expect(statuses.filter((s) => s === 400)).toHaveLength(7)
    for (const refused of results.filter((r) => r.status === 400)) {
      expect(refused.data.message).toMatch(/exceeds the credit available on net terms \(29\.00 EUR of a 1100\.00 EUR limit\)/)
    }
    const invoices = await service().listInvoices({ business_unit_id: unitId })
    expect(invoices).toHaveLength(3)
    expect(new Set(invoices.map((i) => i.number)).size).toBe(3)
    expect(await service().listCreditHolds({ credit_holder_id: unitId, status: "held" })).toEqual([])
    expect(await creditAvailable(unitId, "initech-buyer")).toBe(29)
  })
})
