import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { RecurringOrderView } from "../../../src/lib/recurring-orders/contract"
import { poNumberFor } from "../../../src/lib/recurring-orders/po-number"
import { addDays, todayUtc } from "../../../src/lib/recurring-orders/schedule"
import { NET_TERMS_MODULE } from "../../../src/modules/net-terms"
import { recurringOrderModule } from "../../../src/modules/recurring-order"
import { processRecurringOrders } from "../../../src/workflows/recurring-orders/process-recurring-orders"
import { as, associateWithRoles, BUSINESS_UNIT_HEADER, customerToken } from "../../helpers/business-api"
import { BERLIN_ADDRESS, demoFixture } from "../../helpers/demo-fixture"
import { Demo, variantIdBySku } from "../../helpers/store-api"
import { httpSuite } from "../../helpers/shared-app"

const CASE = "COF-ESP-CASE6" // Acme's agreement: 135 EUR
const OAT = "SUP-OAT-1L"
const RETAIL_ONLY = "COF-FIL-3PK"
const NET_TERMS = "pp_net-terms_net-terms"

export default httpSuite("recurring-orders", ({ api, getContainer }) => {
  let demo: Demo
  let wholesale: string
  let retail: string
  let tokens: Record<string, string>
  let admin: { headers: Record<string, string>; validateStatus: () => boolean }
  let berlin: string
  let addressId: string
  let shippingOptionId: string
  const v: Record<string, string> = {}
  const associates: Record<string, string> = {}
  const today = todayUtc()

  /** A product of the Wholesale channel made for these tests: unmanaged stock unless `stock` is given. */
  const product = async (sku: string, eur: number, stock?: number) => {
    const container = getContainer()
    await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: `Recurring test ${sku}`,
            status: "published",
            options: [{ title: "Size", values: ["One"] }],
            variants: [{ title: "One", sku, options: { Size: "One" }, manage_inventory: stock !== undefined, prices: [{ currency_code: "eur", amount: eur }] }],
            sales_channels: [{ id: demo.channels.wholesale.id }],
            shipping_profile_id: demo.fulfillment.shippingProfileId,
          },
        ],
      },
    })
    if (stock !== undefined) {
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: [{ inventory_item_id: item.id, location_id: demo.fulfillment.stockLocationId, stocked_quantity: stock }] } })
    }
    v[sku] = await variantIdBySku(container, sku)
  }

  beforeAll(async () => {
    const container = getContainer()
    const fixture = await demoFixture(api, ["acme-buyer", "acme-admin", "acme-approver", "globex-buyer", "shopper"])
    ;({ demo, wholesale, retail, tokens, admin } = fixture)
    berlin = demo.business.units.acmeBerlin.id
    for (const [name, role] of [["ro-buyer", "buyer"], ["ro-viewer", "viewer"], ["ro-leaver", "buyer"]] as const) {
      associates[name] = (await associateWithRoles(container, berlin, `${name}@example.com`, [{ role, inherit: false }])).id
      tokens[name] = await customerToken(api, `${name}@example.com`)
    }
    const address = await api.post(`/store/business/units/${berlin}/addresses`, { ...BERLIN_ADDRESS, address_1: "Lieferhof 3" }, as(tokens["acme-admin"], wholesale, { [BUSINESS_UNIT_HEADER]: berlin }))
    addressId = address.data.address.id
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who("ro-buyer"))).data.cart
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantIdBySku(container, OAT), quantity: 1 }, who("ro-buyer"))
    await api.post(`/store/carts/${cart.id}`, { shipping_address: BERLIN_ADDRESS }, who("ro-buyer"))
    shippingOptionId = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, who("ro-buyer"))).data.shipping_options[0].id
    for (const sku of [CASE, OAT, RETAIL_ONLY]) v[sku] = await variantIdBySku(container, sku)
    await product("RO-SACHET", 3)
    await product("RO-CRATE", 1000)
    await product("RO-KETTLE", 40, 0)
  })

  const who = (name: string, key = wholesale) => as(tokens[name], key)
  const unitSchedules = `/store/business/units/${"{unit}"}/recurring-orders`
  const schedulesOf = (unitId: string) => unitSchedules.replace("{unit}", unitId)
  const one = (id: string, rest = "") => `/store/business/recurring-orders/${id}${rest}`
  const weekly = { kind: "days", every: 7 }
  const body = (lines: [string, number][], extra: object = {}) => ({
    name: "Monday restock",
    frequency: weekly,
    start_on: today,
    region_id: demo.regions.eu.id,
    shipping_address_id: addressId,
    shipping_option_id: shippingOptionId,
    lines: lines.map(([sku, quantity]) => ({ variant_id: v[sku], quantity })),
    ...extra,
  })
  const create = async (lines: [string, number][], extra: object = {}, name = "ro-buyer") => {
    const res = await api.post(schedulesOf(berlin), body(lines, extra), who(name))
    expect(res.status).toBe(200)
    return res.data.recurring_order as RecurringOrderView
  }
  const read = async (id: string) => (await api.get(one(id), who("ro-buyer"))).data.recurring_order as RecurringOrderView
  const runJob = () => processRecurringOrders(getContainer(), today)
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
  const ordersOf = async (scheduleId: string) => {
    const { data } = await query().graph({ entity: "order", fields: ["id", "metadata", "business_unit.id", "business_associate.id", "items.variant_sku", "items.unit_price", "items.quantity", "items.detail.quantity"], filters: {} as any })
    return (data as any[]).filter((o) => o.metadata?.recurring_order_id === scheduleId)
  }
  const notifications = (filters: object) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)

  it("places a due run as an ordinary order of the unit (associate, PO from the pattern, company price, invoice), exactly once", async () => {
    const schedule = await create([[CASE, 1], [OAT, 6]], { po_pattern: "PO-{yyyy}-{ww}", payment_provider_id: NET_TERMS })
    expect(schedule).toMatchObject({ status: "active", next_run_on: today, line_count: 2, upcoming: [today, addDays(today, 7), addDays(today, 14), addDays(today, 21), addDays(today, 28)] })
    await runJob()
    const after = await read(schedule.id)
    const po = poNumberFor("PO-{yyyy}-{ww}", today, 1)
    expect(after.runs).toEqual([expect.objectContaining({ due_on: today, status: "placed", po_number: po, reason_code: null })])
    expect(after.next_run_on).toBe(addDays(today, 7))
    const [order, ...more] = await ordersOf(schedule.id)
    expect(more).toEqual([])
    expect(after.runs[0].order_id).toBe(order.id)
    expect(order.business_unit.id).toBe(berlin)
    expect(order.business_associate.id).toBe(associates["ro-buyer"])
    expect(order.metadata.po_number).toBe(po)
    expect(Object.fromEntries(order.items.map((i: any) => [i.variant_sku, Number(i.unit_price)]))).toEqual({ [CASE]: 135, [OAT]: expect.any(Number) })
    const [invoice] = await (getContainer().resolve(NET_TERMS_MODULE) as any).listInvoices({ order_id: order.id })
    expect(invoice.po_number).toBe(po)
    expect(await notifications({ template: "recurring-order-placed", resource_id: after.runs[0].id })).toHaveLength(1)
    // The merchant sees it, with its run and order number, on the unit.
    const merchant = await api.get(`/admin/business-units/${berlin}/recurring-orders`, admin)
    expect(merchant.data.recurring_orders).toEqual([expect.objectContaining({ id: schedule.id, runs: [expect.objectContaining({ status: "placed", order_display_id: expect.any(Number) })] })])

    // The job again, twice at once: nothing more for this date.
    await Promise.all([runJob(), runJob()])
    expect(await ordersOf(schedule.id)).toHaveLength(1)
    expect((await read(schedule.id)).runs).toHaveLength(1)
  })

  it("finishes a run that crashed after its order was created, or half-way through its cart, without ordering twice", async () => {
    const schedule = await create([[OAT, 2]])
    await runJob()
    const placed = (await read(schedule.id)).runs[0]
    // The state a crash between completing the cart and recording the run leaves behind.
    const service = recurringOrderModule(getContainer())
    await service.updateRecurringOrderRuns({ id: placed.id, status: "running", order_id: null })
    await service.updateRecurringOrders({ id: schedule.id, next_run_on: today })
    await runJob()
    const after = await read(schedule.id)
    expect(after.runs).toEqual([expect.objectContaining({ id: placed.id, status: "placed", order_id: placed.order_id })])
    expect(await ordersOf(schedule.id)).toHaveLength(1)

    // A run a pass left half-way (its cart filled, no shipping or payment yet, one attempt spent) is finished with that cart.
    const halfWay = await create([[OAT, 3]])
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id, metadata: { recurring_order_id: halfWay.id } }, who("ro-buyer"))).data.cart
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v[OAT], quantity: 3 }, who("ro-buyer"))
    await api.post(`/store/carts/${cart.id}`, { shipping_address: BERLIN_ADDRESS, billing_address: BERLIN_ADDRESS }, who("ro-buyer"))
    const claimed = await service.claimRun(halfWay.id, today, null)
    await service.updateRecurringOrderRuns({ id: claimed.id, cart_id: cart.id, attempts: 1, reason: "Timed out acquiring a lock" })
    await runJob()
    const finished = (await read(halfWay.id)).runs
    expect(finished).toEqual([expect.objectContaining({ id: claimed.id, status: "placed", cart_id: cart.id })])
    const [order, ...more] = await ordersOf(halfWay.id)
    expect(more).toEqual([])
    expect(finished[0].order_id).toBe(order.id)
  })

  it("leaves out lines no longer sold, and ends a run that has nothing left", async () => {
    await product("RO-RETIRED", 5)
    const mixed = await create([[OAT, 6], ["RO-RETIRED", 2]])
    const retiredOnly = await create([["RO-RETIRED", 1]])
    const { data } = await query().graph({ entity: "product_variant", fields: ["product.id"], filters: { sku: "RO-RETIRED" } })
    await getContainer().resolve(Modules.PRODUCT).updateProducts((data[0] as any).product.id, { status: "draft" })
    await runJob()
    const ran = await read(mixed.id)
    expect(ran.runs[0]).toMatchObject({ status: "placed", skipped_lines: [expect.objectContaining({ sku: "RO-RETIRED", code: "not_in_channel" })] })
    const [order] = await ordersOf(mixed.id)
    expect(order.items.map((i: any) => i.variant_sku)).toEqual([OAT])
    expect((await read(retiredOnly.id)).runs[0]).toMatchObject({ status: "failed", reason_code: "nothing_left" })
    expect(await ordersOf(retiredOnly.id)).toEqual([])
  })

  it("records why a run was not ordered, tells the owner and orders nothing: stock gone, lost permission, inactive unit, credit exceeded", async () => {
    const stock = await create([["RO-KETTLE", 1]])
    const credit = await create([["RO-CRATE", 11]], { payment_provider_id: NET_TERMS })
    const leaver = await create([[OAT, 1]], {}, "ro-leaver")
    const demoted = await api.post(`/admin/business-units/${berlin}/associates/${associates["ro-leaver"]}`, { roles: [{ role: "viewer", inherit: false }] }, admin)
    expect(demoted.status).toBe(200)
    await runJob()
    expect((await read(stock.id)).runs[0]).toMatchObject({ status: "failed", reason_code: "out_of_stock" })
    expect((await read(credit.id)).runs[0]).toMatchObject({ status: "failed", reason_code: "credit_exceeded" })
    expect((await read(leaver.id)).runs[0]).toMatchObject({ status: "failed", reason_code: "not_permitted" })
    for (const id of [stock.id, credit.id, leaver.id]) expect(await ordersOf(id)).toEqual([])
    const failed = await notifications({ template: "recurring-order-failed", resource_id: (await read(stock.id)).runs[0].id })
    expect(failed).toHaveLength(1)
    expect(failed[0].data?.text).toMatch(/Not enough stock/)

    const inactive = await create([[OAT, 1]])
    await api.post(`/admin/business-units/${berlin}`, { status: "inactive" }, admin)
    try {
      await runJob()
      expect((await read(inactive.id)).runs[0]).toMatchObject({ status: "failed", reason_code: "unit_inactive" })
      expect(await ordersOf(inactive.id)).toEqual([])
    } finally {
      await api.post(`/admin/business-units/${berlin}`, { status: "active" }, admin)
    }
  })

  it("submits a run that needs approval and places it once approved, as a person would", async () => {
    const schedule = await create([["RO-CRATE", 1]], { payment_provider_id: NET_TERMS })
    await runJob()
    const waiting = (await read(schedule.id)).runs[0]
    expect(waiting).toMatchObject({ status: "awaiting_approval", reason_code: "approval_required" })
    expect(await ordersOf(schedule.id)).toEqual([])
    const decide = (name: string) => api.post(`/store/business/approvals/${waiting.approval_flow_id}/approve`, {}, who(name))
    expect((await decide("acme-approver")).status).toBe(200)
    expect((await decide("acme-admin")).status).toBe(200)
    let run = waiting
    for (let i = 0; i < 40 && run.status === "awaiting_approval"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      run = (await read(schedule.id)).runs[0]
    }
    expect(run).toMatchObject({ status: "placed", approval_flow_id: waiting.approval_flow_id })
    expect(await ordersOf(schedule.id)).toHaveLength(1)
  })

  it("submits a run over the owner's budget for approval instead of ordering it", async () => {
    const budget = await api.post(`/store/business/units/${berlin}/budgets`, { associate_id: associates["ro-leaver"], amount: 10, currency_code: "EUR", period: "month" }, as(tokens["acme-admin"], wholesale, { [BUSINESS_UNIT_HEADER]: berlin }))
    expect(budget.status).toBeLessThan(300)
    const schedule = await create([[OAT, 6]], {}, "ro-leaver")
    await runJob()
    expect((await read(schedule.id)).runs[0]).toMatchObject({ status: "awaiting_approval", reason_code: "over_budget", approval_flow_id: expect.any(String) })
    expect(await ordersOf(schedule.id)).toEqual([])
    expect(await notifications({ template: "recurring-order-awaiting-approval", resource_id: (await read(schedule.id)).runs[0].id })).toHaveLength(1)
  })

  it("sets up one recurring order from five submissions with one Idempotency-Key", async () => {
    const keyed = () => api.post(schedulesOf(berlin), body([[OAT, 1]], { name: "Keyed" }), as(tokens["ro-buyer"], wholesale, { "idempotency-key": "recurring-once" }))
    const answers = await Promise.all([1, 2, 3, 4, 5].map(keyed))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
    expect(new Set(answers.map((a) => a.data.recurring_order.id)).size).toBe(1)
    const listed = (await api.get(schedulesOf(berlin), who("ro-buyer"))).data.recurring_orders
    expect(listed.filter((s: any) => s.name === "Keyed")).toHaveLength(1)
  })

  it("reminds the owner before a run, once", async () => {
    const schedule = await create([[OAT, 1]], { start_on: addDays(today, 2), reminder_days: 2 })
    await runJob()
    await runJob()
    const sent = await notifications({ template: "recurring-order-reminder", resource_id: schedule.id })
    expect(sent).toHaveLength(1)
    expect(sent[0].data?.text).toContain(addDays(today, 2))
  })

  it("pauses, resumes, skips, ends and edits, and refuses what the caller may not do", async () => {
    const schedule = await create([[OAT, 2]], { start_on: addDays(today, 1), frequency: { kind: "weeks", every: 1, weekdays: [1, 4] } })
    const first = schedule.next_run_on!
    const skipped = await api.post(one(schedule.id, "/skip"), {}, who("ro-buyer"))
    expect(skipped.status).toBe(200)
    expect(skipped.data.recurring_order.runs).toEqual([expect.objectContaining({ due_on: first, status: "skipped", reason_code: "skipped_by_buyer" })])
    expect(skipped.data.recurring_order.next_run_on > first).toBe(true)
    expect((await api.post(one(schedule.id, "/pause"), {}, who("ro-buyer"))).data.recurring_order.status).toBe("paused")
    expect((await api.post(one(schedule.id, "/pause"), {}, who("ro-buyer"))).status).toBe(400)
    const resumed = await api.post(one(schedule.id, "/resume"), {}, who("ro-buyer"))
    expect(resumed.data.recurring_order).toMatchObject({ status: "active" })
    const edited = await api.post(one(schedule.id), { name: "Thursday restock", frequency: { kind: "monthly", day: 31 }, lines: [{ variant_id: v[CASE], quantity: 2 }] }, who("ro-buyer"))
    expect(edited.status).toBe(200)
    expect(edited.data.recurring_order).toMatchObject({ name: "Thursday restock", line_count: 1, frequency: { kind: "monthly", day: 31 } })
    expect(edited.data.recurring_order.lines.map((l: any) => [l.sku, l.quantity])).toEqual([[CASE, 2]])
    const retailLine = await api.post(one(schedule.id), { lines: [{ variant_id: v[RETAIL_ONLY], quantity: 1 }] }, who("ro-buyer"))
    expect([retailLine.status, retailLine.data.code]).toEqual([400, "not_in_channel"])

    // Who may do what: a colleague reads but changes only with manage_others; the unit's admin may.
    expect((await api.get(one(schedule.id), who("ro-viewer"))).status).toBe(200)
    expect((await api.post(one(schedule.id, "/pause"), {}, who("acme-buyer"))).status).toBe(403)
    expect((await api.post(schedulesOf(berlin), body([[OAT, 1]]), who("ro-viewer"))).status).toBe(403)
    expect((await api.get(one(schedule.id), who("globex-buyer"))).status).toBe(404)
    expect((await api.get(schedulesOf(berlin), who("ro-buyer", retail))).status).toBe(403)
    expect((await api.get(one(schedule.id), as(null, wholesale))).status).toBe(401)
    // A B2C customer (no business unit) through the Wholesale key reaches no unit's recurring orders.
    expect((await api.get(one(schedule.id), as(tokens.shopper, wholesale))).status).toBe(404)
    expect((await api.get(schedulesOf(berlin), as(tokens.shopper, wholesale))).status).toBe(404)
    expect((await api.post(one(schedule.id, "/explode"), {}, who("ro-buyer"))).status).toBe(404)
    expect((await api.post(one(schedule.id, "/pause"), { until: "tomorrow" }, who("ro-buyer"))).status).toBe(400)
    expect((await api.post("/admin/recurring-orders/run", { today: "2030-01-01" }, admin)).status).toBe(400)
    const ended = await api.post(one(schedule.id, "/end"), {}, who("acme-admin"))
    expect(ended.data.recurring_order).toMatchObject({ status: "ended", next_run_on: null, upcoming: [] })
    expect((await api.post(one(schedule.id, "/resume"), {}, who("ro-buyer"))).status).toBe(400)

    // Bad input: a 400 that says why, and nothing written.
    const before = (await api.get(schedulesOf(berlin), who("ro-buyer"))).data.recurring_orders.length
    const bad: [object, RegExp][] = [
      [{ po_pattern: "PO-{week}" }, /po_pattern/],
      [{ frequency: { kind: "weeks", every: 1, weekdays: [] } }, /weekday/],
      [{ start_on: addDays(today, -1) }, /start_on/],
      [{ start_on: "2026-02-30" }, /calendar date/],
      [{ end_on: addDays(today, -3) }, /end_on/],
      [{ frequency: { kind: "dates", dates: [addDays(today, -5)] } }, /no run/],
      [{ cart_id: "cart_123" }, /exactly one/],
      [{ payment_provider_id: "pp_stripe" }, /payment_provider_id/],
    ]
    for (const [extra, message] of bad) {
      const res = await api.post(schedulesOf(berlin), body([[OAT, 1]], extra), who("ro-buyer"))
      expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
    }
    const otherAddress = await api.post(schedulesOf(berlin), body([[OAT, 1]], { shipping_address_id: "buaddr_elsewhere" }), who("ro-buyer"))
    expect(otherAddress.status).toBe(400)
    expect((await api.get(schedulesOf(berlin), who("ro-buyer"))).data.recurring_orders.length).toBe(before)
  })

  it("makes recurring orders from a cart, a past order and a shopping list", async () => {
    const cart = (await api.post("/store/carts", { region_id: demo.regions.eu.id }, who("ro-buyer"))).data.cart
    await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v[OAT], quantity: 12 }, who("ro-buyer"))
    const { lines: _lines, ...rest } = body([])
    const fromCart = await api.post(schedulesOf(berlin), { ...rest, cart_id: cart.id }, who("ro-buyer"))
    expect(fromCart.data.recurring_order.lines.map((l: any) => [l.sku, l.quantity])).toEqual([[OAT, 12]])
    const list = await api.post(`/store/business/units/${berlin}/shopping-lists`, { name: "Standing", items: [{ variant_id: v[CASE], quantity: 3 }] }, who("ro-buyer"))
    const fromList = await api.post(schedulesOf(berlin), { ...rest, shopping_list_id: list.data.shopping_list.id }, who("ro-buyer"))
    expect(fromList.data.recurring_order.lines.map((l: any) => [l.sku, l.quantity])).toEqual([[CASE, 3]])
    const placing = await create([[OAT, 4]])
    await runJob()
    const placedOrder = { id: (await read(placing.id)).runs[0].order_id }
    const fromOrder = await api.post(schedulesOf(berlin), { ...rest, order_id: placedOrder.id }, who("ro-buyer"))
    expect(fromOrder.status).toBe(200)
    expect(fromOrder.data.recurring_order.line_count).toBeGreaterThan(0)
    // A source the caller may not read is refused as missing.
    expect((await api.post(schedulesOf(demo.business.units.globex.id), { ...rest, cart_id: cart.id }, who("globex-buyer"))).status).toBe(404)
  })

  it("orders exactly once per schedule and date when the job runs five times at once over 50 due schedules", async () => {
    const ids: string[] = []
    for (let i = 0; i < 50; i++) ids.push((await create([[OAT, 1 + (i % 3)]], { name: `Branch ${i}` })).id)
    const reports = await Promise.all([1, 2, 3, 4, 5].map(() => runJob()))
    expect(reports.reduce((sum, r) => sum + r.due, 0)).toBeGreaterThanOrEqual(50)
    const orders = (await Promise.all(ids.map((id) => ordersOf(id)))).flat()
    expect(orders).toHaveLength(50)
    expect(new Set(orders.map((o) => o.metadata.recurring_order_id)).size).toBe(50)
    const runs = await recurringOrderModule(getContainer()).listRecurringOrderRuns({ recurring_order_id: ids }, { take: null })
    expect(runs.map((r) => r.status)).toEqual(ids.map(() => "placed"))
  })
})
