import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TAX_LINE_CODES, TAX_NOTES } from "../../../src/lib/tax/contract"
import { NET_TERMS_MODULE } from "../../../src/modules/net-terms"
import NetTermsModuleService from "../../../src/modules/net-terms/service"
import { NET_TERMS_PROVIDER_ID } from "../../../src/modules/net-terms-payment"
import { createBusinessUnitWorkflow } from "../../../src/workflows/business/workflows/create-business-unit"
import { as, associateWithRoles, BUSINESS_UNIT_HEADER, customerToken } from "../../helpers/business-api"
import { demoFixture } from "../../helpers/demo-fixture"
import { pdfText } from "../../helpers/pdf"
import { httpSuite } from "../../helpers/shared-app"
import { CheckoutChoices, completeCart, Demo, prepareCheckout, variantIdBySku, withKey } from "../../helpers/store-api"

const COFFEE = "COF-ETH-250" // roasted coffee: reduced rate
const MUG = "CUP-MUG-SAND" // tableware: standard rate
const VIENNA = { address_1: "Kärntner Straße 1", city: "Wien", postal_code: "1010", country_code: "at" }
const LOS_ANGELES = { address_1: "100 Main St", city: "Los Angeles", postal_code: "90012", country_code: "us", province: "CA" }
const NEW_YORK = { address_1: "1 Broadway", city: "New York", postal_code: "10004", country_code: "us", province: "NY" }

const cents = (n: number) => Math.round(n * 100)
/** The VAT contained in a gross amount at a rate. */
const containedTax = (gross: number, rate: number) => gross - gross / (1 + rate / 100)

/**
 * Taxes for two audiences: a consumer in Europe pays the gross price shown, a business pays net
 * prices with VAT added by ship-to country; a verified VAT id of another member state is
 * reverse-charged and a verified US resale certificate exempts its own state. Units made for
 * the suite ("Wiener Kaffeehaus", "Bay Coffee Co.") keep its rules away from other suites.
 */
export default httpSuite("taxes", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let tokens: Record<string, string>
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let vienna: string
  let bay: string
  const v: Record<string, string> = {}
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  const unitWithBuyer = async (name: string, email: string, tax_id: string | null, currency_code: string) => {
    const container = getContainer()
    const { result: unit } = await createBusinessUnitWorkflow(container).run({ input: { name, email: `office@${email.split("@")[1]}`, tax_id, currency_code } as any })
    await associateWithRoles(container, unit.id, email, [{ role: "admin", inherit: true }])
    tokens[email] = await customerToken(api, email)
    return unit.id as string
  }

  beforeAll(async () => {
    ;({ demo, wholesale, retail, tokens, admin } = await demoFixture(api, ["acme-buyer", "shopper"]))
    vienna = await unitWithBuyer("Wiener Kaffeehaus GmbH", "tax-vienna@kaffeehaus.example.com", "ATU12345678", "eur")
    bay = await unitWithBuyer("Bay Coffee Co.", "tax-bay@baycoffee.example.com", null, "usd")
    for (const sku of [COFFEE, MUG]) v[sku] = await variantIdBySku(getContainer(), sku)
  })

  const listed = async (key: string, region_id: string, token?: string) => {
    const res = await api.get(`/store/products?region_id=${region_id}&fields=*variants.calculated_price&limit=100`, withKey(key, token ? { authorization: `Bearer ${token}` } : {}))
    expect(res.status).toBe(200)
    const prices = new Map<string, { amount: number; inclusive: boolean }>()
    for (const p of res.data.products) for (const variant of p.variants) {
      prices.set(variant.sku, { amount: variant.calculated_price.calculated_amount, inclusive: variant.calculated_price.is_calculated_price_tax_inclusive })
    }
    return prices
  }

  /** A cart with lines, shipped to an address, ready to complete; answers the cart with its totals and tax lines. */
  const checkout = async (opts: { key: string; token?: string; unit?: string; region_id: string; lines: [string, number][]; address?: CheckoutChoices["address"]; provider_id?: string }) => {
    const headers = opts.token ? as(opts.token, opts.key, opts.unit ? { [BUSINESS_UNIT_HEADER]: opts.unit } : {}) : withKey(opts.key)
    const created = await api.post("/store/carts", { region_id: opts.region_id }, headers)
    expect(created.status).toBe(200)
    const cartId = created.data.cart.id as string
    for (const [sku, quantity] of opts.lines) expect((await api.post(`/store/carts/${cartId}/line-items`, { variant_id: v[sku], quantity }, headers)).status).toBe(200)
    await prepareCheckout(api, opts.key, cartId, opts.token, { cheapestShipping: true, address: opts.address, provider_id: opts.provider_id })
    return cartId
  }

  const orderOf = async (id: string) => {
    const { data } = await query().graph({
      entity: "order",
      fields: [
        "id", "total", "tax_total", "item_subtotal", "shipping_total", "shipping_subtotal", "shipping_tax_total",
        "items.variant_sku", "items.unit_price", "items.quantity", "items.is_tax_inclusive", "items.total", "items.tax_total", "items.tax_lines.rate", "items.tax_lines.code",
        "shipping_methods.is_tax_inclusive", "shipping_methods.amount", "shipping_methods.tax_lines.rate", "shipping_methods.tax_lines.code",
      ],
      filters: { id },
    })
    // Amounts come back as Medusa's BigNumber: compared as the numbers the API would answer.
    const order = JSON.parse(JSON.stringify(data[0]))
    const item = (sku: string) => order.items.find((i: any) => i.variant_sku === sku)
    return { order, item }
  }

  const place = async (key: string, cartId: string, token?: string) => {
    const res = await completeCart(api, key, cartId, token)
    expect(res.status).toBe(200)
    expect(res.data.type).toBe("order")
    return orderOf(res.data.order.id)
  }

  it("charges a German consumer the gross price the shop shows, with 7 % in coffee and 19 % in a mug", async () => {
    const shown = await listed(retail, demo.regions.eu.id, tokens["shopper"])
    expect(shown.get(COFFEE)).toEqual({ amount: 11, inclusive: true })
    expect(shown.get(MUG)).toEqual({ amount: 14, inclusive: true })

    const cartId = await checkout({ key: retail, token: tokens["shopper"], region_id: demo.regions.eu.id, lines: [[COFFEE, 1], [MUG, 1]] })
    const { order, item } = await place(retail, cartId, tokens["shopper"])
    expect(item(COFFEE)).toMatchObject({ unit_price: 11, is_tax_inclusive: true, tax_lines: [expect.objectContaining({ rate: 7 })] })
    expect(item(MUG)).toMatchObject({ unit_price: 14, is_tax_inclusive: true, tax_lines: [expect.objectContaining({ rate: 19 })] })
    expect([cents(item(COFFEE).total), cents(item(MUG).total)]).toEqual([1100, 1400])
    expect(cents(item(COFFEE).tax_total)).toBe(cents(containedTax(11, 7)))
    expect(cents(item(MUG).tax_total)).toBe(cents(containedTax(14, 19)))
    // Shipping is gross for consumers too: the 5.90 shown is paid, with 19 % in it.
    expect(order.shipping_methods[0]).toMatchObject({ is_tax_inclusive: true, amount: 5.9, tax_lines: [expect.objectContaining({ rate: 19 })] })
    expect(cents(order.total)).toBe(cents(11 + 14 + 5.9))
    expect(cents(order.tax_total)).toBe(cents(containedTax(11, 7) + containedTax(14, 19) + containedTax(5.9, 19)))
  })

  it("shows a US consumer prices without sales tax and adds the ship-to state's at checkout", async () => {
    const shown = await listed(retail, demo.regions.us.id, tokens["shopper"])
    expect(shown.get(MUG)).toEqual({ amount: 15, inclusive: false })
    const cartId = await checkout({ key: retail, token: tokens["shopper"], region_id: demo.regions.us.id, lines: [[MUG, 2]], address: NEW_YORK })
    const { order, item } = await place(retail, cartId, tokens["shopper"])
    expect(item(MUG)).toMatchObject({ unit_price: 15, is_tax_inclusive: false, tax_lines: [expect.objectContaining({ rate: 4, code: "US-NY" })] })
    const net = order.item_subtotal + order.shipping_subtotal
    expect(cents(order.tax_total)).toBe(cents(net * 0.04))
    expect(cents(order.total)).toBe(cents(net * 1.04))
  })

  it("shows an Acme associate net prices and charges net plus 7 % and 19 % VAT", async () => {
    const token = tokens["acme-buyer"]
    const shown = await listed(wholesale, demo.regions.eu.id, token)
    expect(shown.get(COFFEE)).toEqual({ amount: 11, inclusive: false })
    expect(shown.get(MUG)).toEqual({ amount: 14, inclusive: false })

    const cartId = await checkout({ key: wholesale, token, region_id: demo.regions.eu.id, lines: [[COFFEE, 2], [MUG, 1]] })
    const { order, item } = await place(wholesale, cartId, token)
    expect(item(COFFEE)).toMatchObject({ unit_price: 11, is_tax_inclusive: false, tax_lines: [expect.objectContaining({ rate: 7 })] })
    expect(item(MUG)).toMatchObject({ unit_price: 14, is_tax_inclusive: false, tax_lines: [expect.objectContaining({ rate: 19 })] })
    expect(order.shipping_methods[0]).toMatchObject({ is_tax_inclusive: false, amount: 5.9, tax_lines: [expect.objectContaining({ rate: 19 })] })
    const tax = 22 * 0.07 + 14 * 0.19 + 5.9 * 0.19
    expect(cents(order.tax_total)).toBe(cents(tax))
    expect(cents(order.total)).toBe(cents(22 + 14 + 5.9 + tax))
  })

  it("charges Austrian VAT until the merchant verifies the Austrian VAT id, then reverse-charges it with the note on the invoice", async () => {
    const token = tokens["tax-vienna@kaffeehaus.example.com"]
    const before = await checkout({ key: wholesale, token, region_id: demo.regions.eu.id, lines: [[COFFEE, 1], [MUG, 1]], address: VIENNA })
    const unverified = await api.get(`/store/carts/${before}`, as(token, wholesale))
    expect(unverified.data.cart.items.flatMap((i: any) => i.tax_lines.map((t: any) => t.rate)).sort()).toEqual([10, 20])

    const verified = await api.post(`/admin/business-units/${vienna}/tax-profile`, { tax_id_verified: true }, admin)
    expect(verified.status).toBe(200)
    expect(verified.data.tax_profile).toMatchObject({ tax_id: "ATU12345678", tax_id_verified_at: expect.any(String) })

    // The cart taxed before the verification is refused until it is taxed again; any update does that.
    const stale = await completeCart(api, wholesale, before, token)
    expect([stale.status, stale.data.code]).toEqual([400, "tax_outdated"])
    expect((await api.post(`/store/carts/${before}`, {}, as(token, wholesale))).status).toBe(200)

    expect((await api.post(`/admin/business-units/${vienna}/payment-terms`, { terms: "net_30", credit_limit: 10000 }, admin)).status).toBe(200)
    const cartId = await checkout({ key: wholesale, token, region_id: demo.regions.eu.id, lines: [[COFFEE, 1], [MUG, 1]], address: VIENNA, provider_id: NET_TERMS_PROVIDER_ID })
    const { order } = await place(wholesale, cartId, token)
    expect(Number(order.tax_total)).toBe(0)
    expect(cents(order.total)).toBe(cents(11 + 14 + 5.9))
    const codes = [...order.items, ...order.shipping_methods].flatMap((l: any) => l.tax_lines.map((t: any) => [t.code, t.rate]))
    expect(codes).toEqual([...Array(3)].map(() => [TAX_LINE_CODES.reverse_charge, 0]))

    const [invoice] = await (getContainer().resolve(NET_TERMS_MODULE) as NetTermsModuleService).listInvoices({ order_id: order.id })
    const shown = await api.get(`/store/business/units/${vienna}/invoices/${invoice.id}`, as(token, wholesale))
    expect(shown.status).toBe(200)
    expect(shown.data.invoice).toMatchObject({ tax_treatment: "reverse_charge", tax_note: TAX_NOTES.reverse_charge, tax_total: 0 })
    const pdf = await api.get(`/store/business/units/${vienna}/invoices/${invoice.id}/pdf`, { ...as(token, wholesale), responseType: "arraybuffer" })
    const printed = pdfText(Buffer.from(pdf.data)).text
    expect(printed).toContain("ATU12345678")
    expect(printed).toContain("Reverse charge")
  })

  it("exempts a US unit with a verified resale certificate from California sales tax, and charges New York's", async () => {
    const token = tokens["tax-bay@baycoffee.example.com"]
    const certificate = { certificate: "SR-CA-4411", state: "CA", expires_at: "2099-12-31" }
    expect((await api.post(`/admin/business-units/${bay}/tax-profile`, { exemption: certificate, exemption_verified: true }, admin)).status).toBe(200)

    const inCalifornia = await place(wholesale, await checkout({ key: wholesale, token, region_id: demo.regions.us.id, lines: [[MUG, 2]], address: LOS_ANGELES }), token)
    expect(Number(inCalifornia.order.tax_total)).toBe(0)
    expect(inCalifornia.item(MUG).tax_lines).toEqual([expect.objectContaining({ code: TAX_LINE_CODES.exempt, rate: 0 })])

    const inNewYork = await place(wholesale, await checkout({ key: wholesale, token, region_id: demo.regions.us.id, lines: [[MUG, 2]], address: NEW_YORK }), token)
    expect(inNewYork.item(MUG).tax_lines).toEqual([expect.objectContaining({ rate: 4 })])
    const net = Number(inNewYork.order.item_subtotal) + Number(inNewYork.order.shipping_subtotal)
    expect(cents(inNewYork.order.tax_total)).toBe(cents(net * 0.04))
  })

  it("charges California sales tax once the resale certificate has expired", async () => {
    const token = tokens["tax-bay@baycoffee.example.com"]
    const expired = { certificate: "SR-CA-4411", state: "CA", expires_at: "2020-01-31" }
    expect((await api.post(`/admin/business-units/${bay}/tax-profile`, { exemption: expired, exemption_verified: true }, admin)).status).toBe(200)
    const { order, item } = await place(wholesale, await checkout({ key: wholesale, token, region_id: demo.regions.us.id, lines: [[MUG, 1]], address: LOS_ANGELES }), token)
    expect(item(MUG).tax_lines).toEqual([expect.objectContaining({ rate: 7.25 })])
    expect(Number(order.tax_total)).toBeGreaterThan(0)
  })

  it("judges net-terms credit and approval thresholds on the taxed total (net 89.90, with VAT 106.98)", async () => {
    const email = "tax-bistro@bistro.example.com"
    const bistro = await unitWithBuyer("Bistro Blau GmbH", email, "DE812345678", "eur")
    const token = tokens[email]
    const terms = (credit_limit: number) => api.post(`/admin/business-units/${bistro}/payment-terms`, { terms: "net_30", credit_limit }, admin)
    expect((await terms(100)).status).toBe(200)

    const cartId = await checkout({ key: wholesale, token, region_id: demo.regions.eu.id, lines: [[MUG, 6]], provider_id: NET_TERMS_PROVIDER_ID })
    const { data } = await query().graph({ entity: "cart", fields: ["total", "item_subtotal", "shipping_subtotal"], filters: { id: cartId } })
    const cart = JSON.parse(JSON.stringify(data[0]))
    expect(cents(cart.item_subtotal + cart.shipping_subtotal)).toBe(8990)
    expect(cents(cart.total)).toBe(cents(89.9 * 1.19))

    const overCredit = await completeCart(api, wholesale, cartId, token)
    expect([overCredit.status, overCredit.data.code]).toEqual([400, "credit_exceeded"])
    expect(overCredit.data.message).toContain("106.98 EUR")

    expect((await terms(10000)).status).toBe(200)
    const rule = { name: "Orders above 100 EUR", predicate: { total_above: { amount: 100, currency_code: "eur" } }, tiers: [[{ role: "admin" }]] }
    expect((await api.post(`/store/business/units/${bistro}/approval-rules`, rule, as(token, wholesale))).status).toBe(201)
    const needsApproval = await completeCart(api, wholesale, cartId, token)
    expect([needsApproval.status, needsApproval.data.code]).toEqual([400, "approval_required"])
  })

  it("answers bad tax-profile input with 400 and an unknown unit with 404, and refuses the store API", async () => {
    for (const body of [{}, { tax_id: "12" }, { exemption: { certificate: "x", state: "California", expires_at: "2027-01-01" } }, { exemption: { certificate: "x", state: "CA", expires_at: "soon" } }, { tax_id_verified: "yes" }, { other: 1 }]) {
      const res = await api.post(`/admin/business-units/${bay}/tax-profile`, body, admin)
      expect([res.status, res.data.message]).toEqual([400, expect.any(String)])
    }
    expect((await api.post(`/admin/business-units/bu_missing/tax-profile`, { tax_id_verified: true }, admin)).status).toBe(404)
    expect((await api.post(`/admin/business-units/${bay}/tax-profile`, { tax_id_verified: true }, { validateStatus: () => true })).status).toBe(401)
  })
})
