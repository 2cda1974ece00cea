import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DeliveryPlanResponse, PlacedDeliveriesResponse } from "../../../src/lib/delivery/contract"
import { NET_TERMS_MODULE } from "../../../src/modules/net-terms"
import NetTermsModuleService from "../../../src/modules/net-terms/service"
import { NET_TERMS_PROVIDER_ID } from "../../../src/modules/net-terms-payment"
import { createBusinessUnitWorkflow } from "../../../src/workflows/business/workflows/create-business-unit"
import { as, associateWithRoles, BUSINESS_UNIT_HEADER, customerToken } from "../../helpers/business-api"
import { BERLIN_ADDRESS, demoFixture } from "../../helpers/demo-fixture"
import { pdfText } from "../../helpers/pdf"
import { httpSuite } from "../../helpers/shared-app"
import { completeCart, Demo, inventoryItemIdBySku, inventoryLevel, prepareCheckout, setStock, variantIdBySku } from "../../helpers/store-api"

const CASE = "COF-ESP-CASE6"
const OAT = "SUP-OAT-1L"

const isSaturday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() === 6
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86400000).toISOString().slice(0, 10)

/**
 * Delivery terms: receiving profiles, allowed dates, and a checkout split by date and address
 * into one order per delivery with one approval, one credit check and one PO. The suite works
 * in a division of Acme made for it ("Delivery Kitchen"), so budgets and rules of other suites
 * do not meet it; the division draws on Acme's net-terms credit.
 */
export default httpSuite("delivery-terms", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let tokens: Record<string, string>
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let kitchen: string
  const addresses: Record<"north" | "east" | "south", string> = { north: "", east: "", south: "" }
  const v: Record<string, string> = {}

  const who = (name: string, key = wholesale) => as(tokens[name], key, { [BUSINESS_UNIT_HEADER]: kitchen })
  const netTerms = () => getContainer().resolve(NET_TERMS_MODULE) as NetTermsModuleService
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    const container = getContainer()
    const fixture = await demoFixture(api, ["acme-admin", "acme-approver", "globex-buyer", "shopper"])
    ;({ demo, wholesale, retail, tokens, admin } = fixture)
    const acme = demo.business.units.acme.id
    const { result: unit } = await createBusinessUnitWorkflow(container).run({
      input: { name: "Acme Delivery Kitchen", email: "kitchen@acme.example.com", tax_id: "DE811111111", currency_code: "eur", parent_id: acme } as any,
    })
    kitchen = unit.id
    await associateWithRoles(container, kitchen, "dlv-buyer@example.com", [{ role: "buyer", inherit: false }])
    await associateWithRoles(container, kitchen, "dlv-viewer@example.com", [{ role: "viewer", inherit: false }])
    tokens["dlv-buyer"] = await customerToken(api, "dlv-buyer@example.com")
    tokens["dlv-viewer"] = await customerToken(api, "dlv-viewer@example.com")
    for (const [key, street] of [["north", "Nordufer 1"], ["east", "Ostkreuz 2"], ["south", "Südstern 3"]] as const) {
      const res = await api.post(`/store/business/units/${kitchen}/addresses`, { ...BERLIN_ADDRESS, label: `Café ${key}`, address_1: street }, who("acme-admin"))
      expect(res.status).toBe(201)
      addresses[key] = res.data.address.id
    }
    // The east café receives on Tuesdays and Thursdays, 07:00–09:00, through the courtyard.
    const profile = await api.post(`/store/business/units/${kitchen}/receiving-profiles/${addresses.east}`, { windows: [{ weekday: 2, from: "07:00", to: "09:00" }, { weekday: 4, from: "07:00", to: "09:00" }], dock_instructions: "Courtyard gate", accepts_pallets: false }, who("acme-admin"))
    expect(profile.status).toBe(200)
    // Orders of this division above 100 EUR need an approver.
    const rule = await api.post(`/store/business/units/${kitchen}/approval-rules`, { name: "Kitchen orders above 100 EUR", predicate: { total_above: { amount: 100, currency_code: "eur" } }, tiers: [[{ role: "approver" }]] }, who("acme-admin"))
    expect(rule.status).toBe(201)
    for (const sku of [CASE, OAT]) v[sku] = await variantIdBySku(container, sku)
  })

  const newCart = async (lines: [string, number][], provider_id = NET_TERMS_PROVIDER_ID, po?: string) => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who("dlv-buyer"))).data.cart
    for (const [sku, quantity] of lines) expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v[sku], quantity }, who("dlv-buyer"))).status).toBe(200)
    if (po) expect((await api.post(`/store/carts/${cart.id}`, { metadata: { po_number: po } }, who("dlv-buyer"))).status).toBe(200)
    await prepareCheckout(api, wholesale, cart.id, tokens["dlv-buyer"], { provider_id, cheapestShipping: true })
    const { data } = await query().graph({ entity: "cart", fields: ["items.id", "items.variant_sku", "items.quantity", "shipping_total"], filters: { id: cart.id } })
    const lineOf = Object.fromEntries((data[0] as any).items.map((i: any) => [i.variant_sku, i.id as string]))
    return { id: cart.id as string, lineOf, shipping: Number((data[0] as any).shipping_total) }
  }
  const datesFor = async (cartId: string, address: string, count = 20) => {
    const res = await api.get(`/store/business/carts/${cartId}/delivery-dates?address_id=${address}&count=${count}`, who("dlv-buyer"))
    expect(res.status).toBe(200)
    return res.data.dates as { date: string; window: { from: string; to: string } | null }[]
  }
  const plan = (cartId: string, deliveries: object[], name = "dlv-buyer", key = wholesale) =>
    api.post(`/store/business/carts/${cartId}/deliveries`, { deliveries }, who(name, key))
  /** Stored workflow executions not yet done, reverted or failed, after waiting up to 20 s for them to end. */
  const unfinishedWorkflows = async () => {
    const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
    const running = () => engine.listWorkflowExecutions({ state: { $nin: ["not_started", "done", "reverted", "failed"] } } as any)
    for (let waited = 0; waited < 20_000 && (await running()).length; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250))
    return (await running()).map((e: any) => `${e.workflow_id} ${e.transaction_id} ${e.state}`)
  }
  const creditAvailable = async () => Number((await api.get(`/admin/business-units/${kitchen}/payment-terms`, admin)).data.payment_terms.credit.available)

  it("offers only the dates the calendar and the address's windows allow, and refuses another date naming the next allowed one", async () => {
    const cart = await newCart([[OAT, 6]])
    const north = await datesFor(cart.id, addresses.north)
    const east = await datesFor(cart.id, addresses.east)
    // The seeded calendar: Monday to Friday, never a holiday; the east café only on Tuesdays and Thursdays 07:00–09:00.
    expect(north.every((d) => [1, 2, 3, 4, 5].includes(new Date(`${d.date}T12:00:00Z`).getUTCDay()))).toBe(true)
    expect(north.map((d) => d.date)).not.toContain("2026-12-24")
    expect(east.every((d) => [2, 4].includes(new Date(`${d.date}T12:00:00Z`).getUTCDay()) && d.window?.from === "07:00")).toBe(true)

    let saturday = north[0].date
    while (!isSaturday(saturday)) saturday = addDays(saturday, 1)
    const refused = await plan(cart.id, [{ address_id: addresses.north, requested_date: saturday }])
    expect(refused.status).toBe(400)
    expect(refused.data.code).toBe("date_not_allowed")
    const next = north.find((d) => d.date > saturday)!.date
    expect(refused.data.message).toContain(`the next allowed delivery date is ${next}`)
    // A Monday is a delivery day but not one of the east café's receiving days.
    const monday = north.find((d) => new Date(`${d.date}T12:00:00Z`).getUTCDay() === 1)!.date
    const closedForEast = await plan(cart.id, [{ address_id: addresses.east, requested_date: monday }])
    expect(closedForEast.status).toBe(400)
    expect(closedForEast.data.code).toBe("date_not_allowed")
    expect(closedForEast.data.message).toContain(`the next allowed delivery date is ${east.find((d) => d.date > monday)!.date}`)
    for (const bad of ["tomorrow", "2026-02-30"]) expect((await plan(cart.id, [{ address_id: addresses.north, requested_date: bad }])).status).toBe(400)

    const ok = await plan(cart.id, [{ address_id: addresses.east, requested_date: east[0].date }])
    expect(ok.status).toBe(200)
    const planned = (ok.data as DeliveryPlanResponse).delivery_plan!
    expect(planned).toMatchObject({ split: false, deliveries: [{ requested_date: east[0].date, window: { from: "07:00", to: "09:00" }, receiving_profile: { dock_instructions: "Courtyard gate", accepts_pallets: false } }] })
    // One delivery: the usual completion places it, and the order knows its date.
    const placed = await completeCart(api, wholesale, cart.id, tokens["dlv-buyer"])
    expect(placed.data.type).toBe("order")
    const delivery = await api.get(`/admin/deliveries?order_id=${placed.data.order.id}`, admin)
    expect(delivery.data.delivery).toMatchObject({ order_id: placed.data.order.id, requested_date: east[0].date, window: { from: "07:00", to: "09:00" }, sibling_order_ids: [] })
  })

  it("refuses delivery terms to a Retail key, a guest, another company, a viewer and foreign addresses", async () => {
    const cart = await newCart([[OAT, 6]])
    const body = [{ address_id: addresses.north, requested_date: "2027-01-05" }]
    expect((await plan(cart.id, body, "dlv-buyer", retail)).status).toBe(403)
    expect((await api.post(`/store/business/carts/${cart.id}/deliveries`, { deliveries: body }, as(null, wholesale))).status).toBe(401)
    expect((await api.post(`/store/business/carts/${cart.id}/deliveries`, { deliveries: body }, as(tokens["globex-buyer"], wholesale))).status).toBe(404)
    expect((await api.post(`/store/business/carts/${cart.id}/deliveries`, { deliveries: body }, as(tokens["shopper"], wholesale))).status).toBe(404)
    expect((await plan(cart.id, body, "dlv-viewer")).status).toBe(403)
    // A role that may not place orders cannot place a split checkout either.
    const viewerPlaces = await api.post(`/store/business/carts/${cart.id}/deliveries/complete`, {}, who("dlv-viewer"))
    expect([viewerPlaces.status, viewerPlaces.data.code]).toEqual([403, "not_permitted"])
    const globexAddress = (await api.post(`/admin/business-units/${demo.business.units.globex.id}/addresses`, { ...BERLIN_ADDRESS, address_1: "Globexweg 1" }, admin)).data.address.id
    const foreign = await plan(cart.id, [{ address_id: globexAddress, requested_date: "2027-01-05" }])
    expect(foreign.status).toBe(400)
    expect(foreign.data.code).toBe("unknown_address")
    expect((await api.post(`/store/business/units/${kitchen}/receiving-profiles/${addresses.north}`, { windows: [] }, who("dlv-buyer"))).status).toBe(403)
    expect((await api.post(`/store/business/units/${kitchen}/receiving-profiles/${globexAddress}`, { windows: [] }, who("acme-admin"))).status).toBe(404)
    expect((await api.post(`/store/business/units/${kitchen}/receiving-profiles/${addresses.north}`, { windows: [{ weekday: 8, from: "10:00", to: "09:00" }] }, who("acme-admin"))).status).toBe(400)
    // A plan made for other lines than the cart now holds is refused until planned again.
    const [d1] = await datesFor(cart.id, addresses.north)
    const halves = ["north", "south"].map((key) => ({ address_id: addresses[key as "north" | "south"], requested_date: d1.date, lines: [{ line_item_id: cart.lineOf[OAT], quantity: 3 }] }))
    expect((await plan(cart.id, halves)).status).toBe(200)
    expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v[CASE], quantity: 1 }, who("dlv-buyer"))).status).toBe(200)
    const readiness = (await api.get(`/store/business/carts/${cart.id}/checkout`, who("dlv-buyer"))).data.checkout
    expect(readiness.refusals.map((r: any) => r.code)).toContain("delivery_plan_outdated")
    const stale = await api.post(`/store/business/carts/${cart.id}/deliveries/complete`, {}, who("dlv-buyer"))
    expect([stale.status, stale.data.code]).toEqual([400, "delivery_plan_outdated"])

    // A Retail cart has no delivery terms on the Retail key's routes either.
    const retailCart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, as(tokens["shopper"], retail))).data.cart
    expect((await api.get(`/store/business/carts/${retailCart.id}/deliveries`, as(tokens["shopper"], retail))).status).toBe(403)
  })

  it("answers bad input on every delivery route with a 400 naming it, never a 500", async () => {
    const cart = await newCart([[OAT, 6]])
    const line = cart.lineOf[OAT]
    const bad: [string, unknown][] = [
      ["not an array", { deliveries: "north" }],
      ["no delivery", { deliveries: [] }],
      ["eleven deliveries", { deliveries: Array.from({ length: 11 }, () => ({ address_id: addresses.north, requested_date: "2027-01-05" })) }],
      ["a foreign id shape", { deliveries: [{ address_id: "addr_1; drop table", requested_date: "2027-01-05" }] }],
      ["a huge string", { deliveries: [{ address_id: addresses.north, requested_date: "2".repeat(100_000) }] }],
      ["a negative quantity", { deliveries: [{ address_id: addresses.north, requested_date: "2027-01-05", lines: [{ line_item_id: line, quantity: -1 }] }] }],
      ["a fractional quantity", { deliveries: [{ address_id: addresses.north, requested_date: "2027-01-05", lines: [{ line_item_id: line, quantity: 1.5 }] }] }],
      ["an unknown field", { deliveries: [{ address_id: addresses.north, requested_date: "2027-01-05", price: 0 }] }],
    ]
    for (const [what, body] of bad) {
      const res = await api.post(`/store/business/carts/${cart.id}/deliveries`, body, who("dlv-buyer"))
      expect([what, res.status]).toEqual([what, 400])
    }
    expect((await api.post(`/store/business/carts/${cart.id}/deliveries`, { deliveries: [{ address_id: `${addresses.north}\u0000`, requested_date: "2027-01-05" }] }, who("dlv-buyer"))).status).toBe(400)
    for (const query of ["", "address_id=nope", `address_id=${addresses.north}&count=0`, `address_id=${addresses.north}&count=1000`]) {
      expect([query, (await api.get(`/store/business/carts/${cart.id}/delivery-dates?${query}`, who("dlv-buyer"))).status]).toEqual([query, 400])
    }
    expect((await api.get(`/store/business/deliveries?limit=1000`, who("dlv-buyer"))).status).toBe(400)
    expect((await api.get(`/admin/deliveries/pick-list?date=2026-13-01`, admin)).status).toBe(400)
    expect((await api.get(`/admin/deliveries`, admin)).status).toBe(400)
    expect((await api.get(`/admin/orders/order_doesnotexist/packing-slip`, admin)).status).toBe(404)
    const calendar = { name: "Express", shipping_option_id: null, delivery_weekdays: [1], cutoff_time: "12:00", lead_days: 0, time_zone: "Europe/Berlin" }
    for (const [what, body] of [
      ["a bad time zone", { ...calendar, time_zone: "Mars/Olympus" }],
      ["a bad cut-off", { ...calendar, cutoff_time: "25:00" }],
      ["a weekday twice", { ...calendar, delivery_weekdays: [1, 1] }],
      ["no weekday", { ...calendar, delivery_weekdays: [] }],
      ["a bad closed date", { ...calendar, closed_dates: [{ date: "2026-02-30" }] }],
    ] as [string, object][]) {
      expect([what, (await api.post(`/admin/delivery-calendars`, body, admin)).status]).toEqual([what, 400])
    }
    // A second default calendar: Medusa answers a duplicate with 422.
    expect((await api.post(`/admin/delivery-calendars`, calendar, admin)).status).toBe(422)
    expect((await api.post(`/admin/delivery-calendars/dcal_doesnotexist`, { lead_days: 2 }, admin)).status).toBe(404)
  })

  it("splits one checkout into three deliveries on two dates: one order each, one approval, one credit check, one PO and one confirmation", async () => {
    const container = getContainer()
    const caseItem = await setStock(container, demo, CASE, 50)
    const reservedOf = async () => (await container.resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: caseItem })).reduce((s: number, r: any) => s + Number(r.quantity), 0)
    const reservedBefore = await reservedOf()
    const cart = await newCart([[CASE, 3], [OAT, 24]], NET_TERMS_PROVIDER_ID, "PO-SPLIT-1")
    const [d1] = await datesFor(cart.id, addresses.north)
    const d2 = (await datesFor(cart.id, addresses.south)).find((d) => d.date >= addDays(d1.date, 7))!.date
    const deliveries = [
      { address_id: addresses.north, requested_date: d1.date, lines: [{ line_item_id: cart.lineOf[CASE], quantity: 1 }, { line_item_id: cart.lineOf[OAT], quantity: 12 }] },
      { address_id: addresses.east, requested_date: (await datesFor(cart.id, addresses.east))[0].date, lines: [{ line_item_id: cart.lineOf[CASE], quantity: 1 }] },
      { address_id: addresses.south, requested_date: d2, lines: [{ line_item_id: cart.lineOf[CASE], quantity: 1 }, { line_item_id: cart.lineOf[OAT], quantity: 12 }] },
    ]
    const uneven = await plan(cart.id, [deliveries[0], { ...deliveries[1], lines: [{ line_item_id: cart.lineOf[CASE], quantity: 2 }] }, deliveries[2]])
    expect(uneven.status).toBe(400)
    expect(uneven.data.code).toBe("quantities_mismatch")
    const planned = await plan(cart.id, deliveries)
    expect(planned.status).toBe(200)
    const split = (planned.data as DeliveryPlanResponse).delivery_plan!
    const { data: [parent] } = await query().graph({ entity: "cart", fields: ["total", "shipping_total"], filters: { id: cart.id } })
    expect(split.split).toBe(true)
    expect(split.total).toBeCloseTo(Number((parent as any).total) + 2 * Number((parent as any).shipping_total), 2)

    // The usual completion refuses a split cart; the checkout needs the approval of the whole basket first.
    const single = await completeCart(api, wholesale, cart.id, tokens["dlv-buyer"])
    expect(single.status).toBe(400)
    const early = await api.post(`/store/business/carts/${cart.id}/deliveries/complete`, {}, who("dlv-buyer"))
    expect(early.status).toBe(400)
    expect(early.data.code).toBe("approval_required")
    const flow = (await api.post("/store/business/approvals", { cart_id: cart.id }, who("dlv-buyer"))).data.approval
    expect(Number(flow.cart_total)).toBeCloseTo(split.total, 2)
    expect((await api.post(`/store/business/approvals/${flow.id}/approve`, {}, who("acme-approver"))).status).toBe(200)
    // With VAT the basket is above Acme's own "Orders above 500 EUR" rule too: its admin approves the second tier.
    expect((await api.post(`/store/business/approvals/${flow.id}/approve`, {}, who("acme-admin"))).status).toBe(200)

    const creditBefore = await creditAvailable()
    const [first, second] = await Promise.all([
      api.post(`/store/business/carts/${cart.id}/deliveries/complete`, {}, who("dlv-buyer")),
      api.post(`/store/business/carts/${cart.id}/deliveries/complete`, {}, who("dlv-buyer")),
    ])
    expect([first.status, second.status, first.data.message ?? second.data.message ?? null]).toEqual([200, 200, null])
    const placed = first.data as PlacedDeliveriesResponse
    expect((second.data as PlacedDeliveriesResponse).deliveries.map((d) => d.order_id)).toEqual(placed.deliveries.map((d) => d.order_id))
    expect(placed.deliveries).toHaveLength(3)
    expect(new Set(placed.deliveries.map((d) => d.order_id)).size).toBe(3)

    const orderIds = placed.deliveries.map((d) => d.order_id!)
    const { data: orders } = await query().graph({ entity: "order", fields: ["id", "total", "shipping_total", "metadata", "shipping_address.address_1", "items.variant_sku", "items.quantity", "business_unit.id"], filters: { id: orderIds } })
    const byId = new Map((orders as any[]).map((o) => [o.id, o]))
    const qty = (o: any) => Object.fromEntries(o.items.map((i: any) => [i.variant_sku, Number(i.quantity)]))
    const [north, east, south] = placed.deliveries.map((d) => byId.get(d.order_id!))
    expect([qty(north), qty(east), qty(south)]).toEqual([{ [CASE]: 1, [OAT]: 12 }, { [CASE]: 1 }, { [CASE]: 1, [OAT]: 12 }])
    expect([north, east, south].map((o) => o.shipping_address.address_1)).toEqual(["Nordufer 1", "Ostkreuz 2", "Südstern 3"])
    expect([north, east, south].map((o) => Number(o.shipping_total))).toEqual([cart.shipping, cart.shipping, cart.shipping])
    expect([north, east, south].every((o) => o.metadata?.po_number === "PO-SPLIT-1" && o.business_unit?.id === kitchen)).toBe(true)
    const total = [north, east, south].reduce((s, o) => s + Number(o.total), 0)
    expect(total).toBeCloseTo(split.total, 2)
    expect(placed.deliveries.map((d) => d.requested_date)).toEqual(deliveries.map((d) => d.requested_date))

    // One approval for the basket, one credit check: the credit used is exactly the checkout's total, in one invoice per delivery.
    const approvals = await api.get(`/store/business/approvals`, who("dlv-buyer"))
    expect((approvals.data.approvals as any[]).filter((a) => a.cart_id === cart.id)).toHaveLength(1)
    expect(await creditAvailable()).toBeCloseTo(creditBefore - split.total, 2)
    const invoices = await netTerms().listInvoices({ order_id: orderIds })
    expect(invoices).toHaveLength(3)
    expect(invoices.every((i) => i.po_number === "PO-SPLIT-1")).toBe(true)
    expect(await reservedOf()).toBe(reservedBefore + 3)
    // One confirmation for the checkout, none per delivery.
    const notifications = container.resolve(Modules.NOTIFICATION)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await notifications.listNotifications({ resource_id: orderIds, trigger_type: "order.placed" })).toHaveLength(0)
    const confirmations = await notifications.listNotifications({ resource_id: placed.plan_id })
    expect(confirmations).toHaveLength(1)
    expect((confirmations[0].data as any).text).toContain(d2)

    // The date and window travel with each delivery's invoice and packing slip.
    const southInvoice = invoices.find((i) => i.order_id === south.id)!
    const invoicePdf = await api.get(`/admin/invoices/${southInvoice.id}/pdf`, { ...admin, responseType: "arraybuffer" })
    expect(pdfText(Buffer.from(invoicePdf.data)).text).toMatch(new RegExp(`Requested delivery:\\s+${d2}`))
    const slip = await api.get(`/admin/orders/${east.id}/packing-slip`, { ...admin, responseType: "arraybuffer" })
    expect(slip.status).toBe(200)
    const slipText = pdfText(Buffer.from(slip.data)).text
    expect(slipText).toMatch(new RegExp(`Requested delivery:\\s+${deliveries[1].requested_date}, 07:00–09:00`))
    expect(slipText).toContain("Courtyard gate")
    expect(slipText).toContain("PO-SPLIT-1")
    expect(slipText).toMatch(new RegExp(`${CASE}\\s+House Espresso Beans[^\\d]*6 × 1 kg[^\\d]*1\\b`))

    // The buyer's deliveries page lists each; the merchant's pick list of the first date has its stops.
    const listed = await api.get(`/store/business/deliveries?limit=50`, who("dlv-buyer"))
    expect((listed.data.deliveries as any[]).filter((d) => orderIds.includes(d.order_id))).toHaveLength(3)
    const pick = await api.get(`/admin/deliveries/pick-list?date=${d1.date}`, admin)
    expect(pick.status).toBe(200)
    expect((pick.data.stops as any[]).find((s) => s.order_id === north.id)).toMatchObject({ address: { address_1: "Nordufer 1" }, lines: expect.arrayContaining([expect.objectContaining({ sku: OAT, quantity: 12 })]) })

    // Cancelling one delivery frees its stock and its credit only.
    const cancel = await api.post(`/admin/orders/${east.id}/cancel`, {}, admin)
    expect(cancel.status).toBe(200)
    expect(await reservedOf()).toBe(reservedBefore + 2)
    expect(await creditAvailable()).toBeCloseTo(creditBefore - split.total + Number(east.total), 2)
    const after = await api.get(`/admin/deliveries/pick-list?date=${deliveries[1].requested_date}`, admin)
    expect((after.data.stops as any[]).map((s) => s.order_id)).not.toContain(east.id)

    // Each delivery ships on its own, with its own tracking; the buyer sees each one's state.
    const { data: [northOrder] } = await query().graph({ entity: "order", fields: ["items.id", "items.detail.quantity"], filters: { id: north.id } })
    const shipItems = (northOrder as any).items.map((i: any) => ({ id: i.id, quantity: Number(i.detail.quantity) }))
    const fulfilled = await api.post(`/admin/orders/${north.id}/fulfillments`, { items: shipItems, location_id: demo.fulfillment.stockLocationId }, admin)
    expect([fulfilled.status, fulfilled.data.message]).toEqual([200, undefined])
    const { data: [withFulfillment] } = await query().graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: north.id } })
    const fulfillmentId = (withFulfillment as any).fulfillments[0].id
    const shipped = await api.post(`/admin/orders/${north.id}/fulfillments/${fulfillmentId}/shipments`, { items: shipItems, labels: [{ tracking_number: "TRACK-NORTH-1", tracking_url: "https://track.example.com/TRACK-NORTH-1", label_url: "https://labels.example.com/1.pdf" }] }, admin)
    expect([shipped.status, shipped.data.message]).toEqual([200, undefined])
    const states = Object.fromEntries(((await api.get(`/store/business/deliveries?limit=50`, who("dlv-buyer"))).data.deliveries as any[]).map((d) => [d.order_id, d]))
    expect(states[north.id]).toMatchObject({ fulfillment_status: "shipped", tracking_numbers: ["TRACK-NORTH-1"] })
    expect(states[south.id]).toMatchObject({ fulfillment_status: "not_fulfilled", tracking_numbers: [] })
  })

  it("lets exactly one of two concurrent split checkouts through when the stock covers one, leaving the other's deliveries canceled and its stock free", async () => {
    const container = getContainer()
    const oatItem = await inventoryItemIdBySku(container, OAT)
    const before = await inventoryLevel(container, demo, oatItem)
    await setStock(container, demo, OAT, Number(before.reserved_quantity) + 6)
    const checkouts = await Promise.all(
      [0, 1].map(async () => {
        const cart = await newCart([[OAT, 4]])
        const [d1] = await datesFor(cart.id, addresses.north)
        const res = await plan(cart.id, ["north", "south"].map((key) => ({ address_id: addresses[key as "north" | "south"], requested_date: d1.date, lines: [{ line_item_id: cart.lineOf[OAT], quantity: 2 }] })))
        expect(res.status).toBe(200)
        return cart.id
      })
    )
    const results = await Promise.all(checkouts.map((id) => api.post(`/store/business/carts/${id}/deliveries/complete`, {}, who("dlv-buyer"))))
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    const lost = checkouts[results.findIndex((r) => r.status === 400)]
    const { data: leftovers } = await query().graph({ entity: "cart", fields: ["id", "completed_at", "order.id", "order.status"], filters: { metadata: { split_from_cart_id: lost } } as any })
    expect(leftovers.filter((c: any) => c.order && c.order.status !== "canceled")).toHaveLength(0)
    expect((await api.get(`/store/business/carts/${lost}/deliveries`, who("dlv-buyer"))).data.delivery_plan.status).toBe("open")
    const after = await inventoryLevel(container, demo, oatItem)
    expect(Number(after.reserved_quantity)).toBe(Number(before.reserved_quantity) + 4)
    // Every workflow of both checkouts has ended (none left half-compensated).
    expect(await unfinishedWorkflows()).toEqual([])
  })

  it("refuses a split checkout over the credit available as a whole, leaving no order, hold or reservation behind", async () => {
    const cart = await newCart([[OAT, 24]], NET_TERMS_PROVIDER_ID)
    const [d1] = await datesFor(cart.id, addresses.north)
    const planned = await plan(cart.id, [
      { address_id: addresses.north, requested_date: d1.date, lines: [{ line_item_id: cart.lineOf[OAT], quantity: 12 }] },
      { address_id: addresses.south, requested_date: d1.date, lines: [{ line_item_id: cart.lineOf[OAT], quantity: 12 }] },
    ])
    expect(planned.status).toBe(200)
    const total = (planned.data as DeliveryPlanResponse).delivery_plan!.total
    // Acme's limit lowered to leave less than the checkout's total.
    const acmeTerms = `/admin/business-units/${demo.business.units.acme.id}/payment-terms`
    const limit = Number((await api.get(acmeTerms, admin)).data.payment_terms.own.credit_limit)
    const available = await creditAvailable()
    expect((await api.post(acmeTerms, { credit_limit: limit - available + total - 1 }, admin)).status).toBe(200)
    try {
      const refused = await api.post(`/store/business/carts/${cart.id}/deliveries/complete`, {}, who("dlv-buyer"))
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("credit_exceeded")
      const holds = await netTerms().listCreditHolds({ status: "held" })
      expect(holds.filter((h) => h.business_unit_id === kitchen)).toHaveLength(0)
      const { data: left } = await query().graph({ entity: "cart", fields: ["id", "completed_at"], filters: { metadata: { split_from_cart_id: cart.id } } as any })
      expect(left.filter((c: any) => c.completed_at)).toHaveLength(0)
      const plan2 = await api.get(`/store/business/carts/${cart.id}/deliveries`, who("dlv-buyer"))
      expect(plan2.data.delivery_plan.status).toBe("open")
    } finally {
      expect((await api.post(acmeTerms, { credit_limit: limit }, admin)).status).toBe(200)
    }
  })
})
