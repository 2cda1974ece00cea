import { AxiosInstance } from "axios"
import { NET_TERMS_PROVIDER_ID } from "../../src/modules/net-terms-payment"
import { as, registerCustomer } from "../helpers/business-api"
import { Cluster, startCluster } from "../helpers/cluster"
import { completeCart, prepareCheckout, withKey } from "../helpers/store-api"

/**
 * Two server processes and one worker from the production build, on one PostgreSQL and one
 * Redis: what a merchant runs once one process is not enough. `npm test` passes the Redis in
 * TOPOLOGY_REDIS_URL (REDIS_URL, else 127.0.0.1:6379 when it answers); without one the suite is
 * skipped and counted as skipped, and CI refuses to run without Redis.
 */
jest.setTimeout(600_000)

const redisUrl = process.env.TOPOLOGY_REDIS_URL
if (!redisUrl) {
  process.stdout.write("\n!!! SKIPPED: the topology suite needs Redis (set REDIS_URL or start one on 127.0.0.1:6379) !!!\n\n")
}

const RETAIL_SKU = "COF-ESP-1000"
const CRATE_SKU = "TOPO-CRATE-300"

type Attempt = { status: number; data: any; server: string }

/** Completes a cart on `first`, and on `fallback` whenever `first` is gone or the cart is busy, as a load balancer retries. */
async function completeWithFailover(servers: { name: string; api: AxiosInstance }[], key: string, cartId: string, token?: string): Promise<Attempt> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const server = servers[Math.min(attempt, servers.length - 1)]
    try {
      const res = await completeCart(server.api, key, cartId, token)
      if (res.status !== 409) return { status: res.status, data: res.data, server: server.name }
    } catch {
      // connection refused or reset: the server is stopping
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`cart ${cartId} could not be completed on any server`)
}

;(redisUrl ? describe : describe.skip)("2 servers + 1 worker on one PostgreSQL and Redis", () => {
  let cluster: Cluster
  let retail: string
  let wholesale: string
  let adminHeaders: { headers: Record<string, string>; validateStatus: () => boolean }
  let euRegion: string
  let crate: string

  const serverApi = (i: number) => cluster.servers[i % 2].api

  beforeAll(async () => {
    cluster = await startCluster(redisUrl!)
    retail = cluster.summary.publishableKeys.retail
    wholesale = cluster.summary.publishableKeys.wholesale
    const login = await serverApi(0).post("/auth/user/emailpass", cluster.summary.admin)
    adminHeaders = { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true }
    const regions = await serverApi(1).get("/store/regions", withKey(retail))
    euRegion = regions.data.regions.find((r: any) => r.currency_code === "eur").id

    // A Wholesale item at 294.10 EUR: with the cheapest shipping (5.90 EUR) a cart of one is 300.00 net, 357.00 with 19 % VAT.
    const [{ id: profile }] = await cluster.sql("select id from shipping_profile where deleted_at is null limit 1")
    const [{ id: channel }] = await cluster.sql("select id from sales_channel where metadata->>'channel_kind' = 'b2b'")
    const product = await serverApi(0).post(
      "/admin/products",
      {
        title: "Topology crate",
        status: "published",
        options: [{ title: "Size", values: ["Crate"] }],
        variants: [{ title: "Crate", sku: CRATE_SKU, options: { Size: "Crate" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 294.1 }] }],
        sales_channels: [{ id: channel }],
        shipping_profile_id: profile,
      },
      adminHeaders
    )
    expect(product.status).toBe(200)
    crate = product.data.product.variants[0].id
  })

  afterAll(async () => {
    await cluster?.stop()
  })

  /** A new business unit on Net 30 with `creditLimit` EUR and one buyer; returns the unit and the buyer's token. */
  async function unitWithBuyer(name: string, creditLimit: number) {
    const unit = await serverApi(1).post("/admin/business-units", { name, currency_code: "eur" }, adminHeaders)
    expect(unit.status).toBe(201)
    const unitId = unit.data.business_unit.id
    expect((await serverApi(0).post(`/admin/business-units/${unitId}/payment-terms`, { terms: "net_30", credit_limit: creditLimit }, adminHeaders)).status).toBe(200)
    const email = `buyer-${unitId.toLowerCase()}@example.com`
    const token = await registerCustomer(serverApi(1), wholesale, email)
    const me = await serverApi(0).get("/store/customers/me", as(token, wholesale))
    const added = await serverApi(1).post(`/admin/business-units/${unitId}/associates`, { customer_id: me.data.customer.id, roles: [{ role: "buyer", inherit: true }] }, adminHeaders)
    expect(added.status).toBeLessThan(300)
    return { unitId, token }
  }

  /** A Wholesale cart of one crate (300.00 EUR net with shipping, 357.00 with VAT), ready to complete on net terms; built on server `i % 2`. */
  async function netTermsCart(token: string, i: number) {
    const api = serverApi(i)
    const cart = (await api.post("/store/carts", { region_id: euRegion }, as(token, wholesale))).data.cart
    expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: crate, quantity: 1 }, as(token, wholesale))).status).toBe(200)
    await prepareCheckout(api, wholesale, cart.id, token, { provider_id: NET_TERMS_PROVIDER_ID, cheapestShipping: true })
    return cart.id as string
  }

  /** A Retail guest cart of one unit of `variantId`, ready to complete; built on server `i % 2`. */
  async function retailCart(variantId: string, i: number) {
    const api = serverApi(i)
    const cart = (await api.post("/store/carts", { region_id: euRegion }, withKey(retail))).data.cart
    expect((await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, withKey(retail))).status).toBe(200)
    await prepareCheckout(api, retail, cart.id)
    return cart.id as string
  }

  async function inventoryOf(sku: string) {
    const [row] = await cluster.sql(
      `select pv.id as variant_id, link.inventory_item_id, (select id from stock_location where deleted_at is null limit 1) as location_id
         from product_variant pv join product_variant_inventory_item link on link.variant_id = pv.id and link.deleted_at is null
        where pv.sku = $1 and pv.deleted_at is null`,
      [sku]
    )
    return row as { variant_id: string; inventory_item_id: string; location_id: string }
  }

  async function setStock(sku: string, quantity: number) {
    const item = await inventoryOf(sku)
    const res = await serverApi(0).post(`/admin/inventory-items/${item.inventory_item_id}/location-levels/${item.location_id}`, { stocked_quantity: quantity }, adminHeaders)
    expect(res.status).toBe(200)
    return item
  }

  const reserved = async (inventoryItemId: string) =>
    Number((await cluster.sql("select coalesce(sum(quantity), 0) as q from reservation_item where inventory_item_id = $1 and deleted_at is null", [inventoryItemId]))[0].q)

  const ordersOfCarts = (cartIds: string[]) => cluster.sql("select cart_id, order_id from order_cart where cart_id = any($1) and deleted_at is null", [cartIds])

  /** Waits until every order has its confirmation (sent by the worker), then counts them per order. */
  async function confirmationsPerOrder(orderIds: string[]) {
    const count = async () =>
      cluster.sql<{ resource_id: string; n: string }>(
        "select resource_id, count(*) as n from notification where trigger_type = 'order.placed' and resource_id = any($1) group by resource_id",
        [orderIds]
      )
    const deadline = Date.now() + 60_000
    let rows = await count()
    while (rows.length < orderIds.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      rows = await count()
    }
    await new Promise((r) => setTimeout(r, 3000)) // a duplicate delivery would arrive by now
    rows = await count()
    return Object.fromEntries(rows.map((r) => [r.resource_id, Number(r.n)]))
  }

  it("completes exactly 3 of 40 concurrent checkouts spread over both servers for 3 units in stock", async () => {
    const item = await setStock(RETAIL_SKU, 3)
    const carts: string[] = []
    for (let i = 0; i < 40; i += 8) carts.push(...(await Promise.all(Array.from({ length: 8 }, (_, j) => retailCart(item.variant_id, i + j)))))

    const results = await Promise.all(carts.map((id, i) => completeCart(serverApi(i + 1), retail, id)))
    const placed = results.filter((r) => r.status === 200 && r.data.type === "order")
    expect(placed).toHaveLength(3)
    expect(results.filter((r) => r.status >= 500)).toEqual([])
    expect(await ordersOfCarts(carts)).toHaveLength(3)
    expect(await reserved(item.inventory_item_id)).toBe(3)
  })

  it("lets exactly 3 of 10 concurrent 357 EUR net-terms checkouts (300 net + 19 % VAT) over both servers through a 1,100 EUR limit, each with one invoice and one confirmation", async () => {
    const { unitId, token } = await unitWithBuyer("Topology Kantinen", 1100)
    const carts = await Promise.all(Array.from({ length: 10 }, (_, i) => netTermsCart(token, i)))

    const results = await Promise.all(carts.map((id, i) => completeCart(serverApi(i), wholesale, id, token)))
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 400, 400, 400, 400, 400, 400, 400])
    const orderIds = results.filter((r) => r.status === 200).map((r) => r.data.order.id)

    const invoices = await cluster.sql("select order_id from net_terms_invoice where business_unit_id = $1", [unitId])
    expect(invoices.map((i) => i.order_id).sort()).toEqual([...orderIds].sort())
    expect(await cluster.sql("select id from net_terms_credit_hold where business_unit_id = $1 and status = 'held'", [unitId])).toEqual([])
    expect(await confirmationsPerOrder(orderIds)).toEqual(Object.fromEntries(orderIds.map((id) => [id, 1])))
  })

  it("reads, cancels and voids through server B an order placed through server A", async () => {
    const { unitId, token } = await unitWithBuyer("Topology Bistro", 1000)
    const [a, b] = cluster.servers
    const placed = await completeCart(a.api, wholesale, await netTermsCart(token, 0), token)
    expect(placed.status).toBe(200)
    const orderId = placed.data.order.id

    const read = await b.api.get(`/store/orders/${orderId}`, as(token, wholesale))
    expect(read.status).toBe(200)
    // 300 net with 19 % VAT: credit counts the taxed total, in cents.
    expect(Math.round(read.data.order.total * 100) / 100).toBe(357)
    const terms = async () => (await b.api.get(`/store/business/units/${unitId}/payment-terms`, as(token, wholesale))).data.payment_terms.credit_available
    expect(await terms()).toBe(643)

    expect((await b.api.post(`/admin/orders/${orderId}/cancel`, {}, adminHeaders)).status).toBe(200)
    const [invoice] = await cluster.sql("select status from net_terms_invoice where order_id = $1", [orderId])
    expect(invoice.status).toBe("void")
    expect(await terms()).toBe(1000)
    expect((await a.api.get(`/store/orders/${orderId}`, as(token, wholesale))).data.order.status).toBe("canceled")
  })

  it("runs each scheduled job once per tick, in the worker and in no server", async () => {
    /** "<job>@<second>" for every run a process logged. */
    const runs = (out: string, job: string) =>
      [...out.matchAll(new RegExp(`"message":"Scheduled job ${job} ran[^"]*","timestamp":"([^"]+)"`, "g"))].map((m) => `${job}@${m[1]}`)
    const deadline = Date.now() + 30_000
    while (runs(cluster.worker.output(), "expire-quotes").length < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
    }
    for (const job of ["expire-quotes", "mark-overdue-invoices", "run-recurring-orders"]) {
      const inWorker = runs(cluster.worker.output(), job)
      expect(inWorker.length).toBeGreaterThanOrEqual(3)
      // The schedule fires every 3 s: never twice in one second. (A recurring-order pass can take
      // longer than a tick and end with the next one; its exactness is the recurring test's.)
      if (job !== "run-recurring-orders") expect(new Set(inWorker).size).toBe(inWorker.length)
      for (const server of cluster.servers) expect(runs(server.output(), job)).toEqual([])
    }
  })

  it("places exactly one order per due recurring order when both servers run the recurring-order pass at once", async () => {
    const unit = await serverApi(0).post("/admin/business-units", { name: "Topology recurring", currency_code: "eur" }, adminHeaders)
    const unitId = unit.data.business_unit.id
    const token = await registerCustomer(serverApi(1), wholesale, `recurring-${unitId.toLowerCase()}@example.com`)
    const me = await serverApi(0).get("/store/customers/me", as(token, wholesale))
    await serverApi(1).post(`/admin/business-units/${unitId}/associates`, { customer_id: me.data.customer.id, roles: [{ role: "admin", inherit: true }] }, adminHeaders)
    const buyer = as(token, wholesale)
    const address = await serverApi(0).post(`/store/business/units/${unitId}/addresses`, { address_1: "Hafenweg 1", city: "Hamburg", postal_code: "20457", country_code: "de" }, buyer)
    const cart = (await serverApi(1).post("/store/carts", { region_id: euRegion }, buyer)).data.cart
    await serverApi(1).post(`/store/carts/${cart.id}/line-items`, { variant_id: crate, quantity: 1 }, buyer)
    await serverApi(1).post(`/store/carts/${cart.id}`, { shipping_address: { address_1: "Hafenweg 1", city: "Hamburg", postal_code: "20457", country_code: "de" } }, buyer)
    const [option] = (await serverApi(0).get(`/store/shipping-options?cart_id=${cart.id}`, buyer)).data.shipping_options
    const today = new Date().toISOString().slice(0, 10)
    const ids: string[] = []
    for (let i = 0; i < 20; i++) {
      const created = await serverApi(i).post(
        `/store/business/units/${unitId}/recurring-orders`,
        { name: `Weekly ${i}`, frequency: { kind: "days", every: 7 }, start_on: today, region_id: euRegion, shipping_address_id: address.data.address.id, shipping_option_id: option.id, lines: [{ variant_id: crate, quantity: 1 }] },
        buyer
      )
      expect(created.status).toBe(200)
      ids.push(created.data.recurring_order.id)
    }
    // Both servers, twice each, at once (the worker joins in every 3 seconds).
    const passes = await Promise.all([0, 1, 2, 3].map((i) => serverApi(i).post("/admin/recurring-orders/run", {}, adminHeaders)))
    expect(passes.map((p) => p.status)).toEqual([200, 200, 200, 200])
    // A schedule whose lock another process held was left to that process: wait for the worker's pass in flight.
    const runsNow = () => cluster.sql("select status, reason from recurring_order_run where recurring_order_id = any($1) and deleted_at is null", [ids])
    let runs = await runsNow()
    for (const deadline = Date.now() + 60_000; runs.some((r: any) => r.status === "running") && Date.now() < deadline; runs = await runsNow()) {
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(runs.filter((r: any) => r.status !== "placed")).toEqual([])
    expect(runs).toHaveLength(20)
    const orders = await cluster.sql("select id, metadata->>'recurring_order_id' as schedule from \"order\" where metadata->>'recurring_order_id' = any($1) and deleted_at is null", [ids])
    expect(orders).toHaveLength(20)
    expect(new Set(orders.map((o: any) => o.schedule)).size).toBe(20)
  })

  it("loses no order and leaves no credit hold or reservation behind when a server stops mid-load", async () => {
    const [a, b] = cluster.servers
    const item = await setStock(RETAIL_SKU, 100)
    const reservedBefore = await reserved(item.inventory_item_id)
    const { unitId, token } = await unitWithBuyer("Topology Canteen", 10_000)
    const retailCarts = await Promise.all(Array.from({ length: 12 }, (_, i) => retailCart(item.variant_id, i)))
    const termsCarts = await Promise.all(Array.from({ length: 6 }, (_, i) => netTermsCart(token, i)))

    // Half the completions go to B, which is told to stop while they are in flight; what B no
    // longer answers is retried on A, as the proxy in front of them would.
    const runs = [
      ...retailCarts.map((id, i) => completeWithFailover(i % 2 ? [b, a] : [a], retail, id)),
      ...termsCarts.map((id, i) => completeWithFailover(i % 2 ? [b, a] : [a], wholesale, id, token)),
    ]
    await new Promise((r) => setTimeout(r, 150))
    await b.stop()
    const results = await Promise.all(runs)

    const answeredBy = (name: string) => results.filter((r) => r.server === name).length
    process.stdout.write(`  stopping server B mid-load: ${answeredBy("server-b")} completions answered by B before it stopped, ${answeredBy("server-a")} by A\n`)
    expect(results.map((r) => r.status)).toEqual(Array(18).fill(200))
    const orders = await ordersOfCarts([...retailCarts, ...termsCarts])
    expect(orders).toHaveLength(18)
    expect(new Set(orders.map((o) => o.order_id)).size).toBe(18)
    expect(await reserved(item.inventory_item_id)).toBe(reservedBefore + 12)
    expect(await cluster.sql("select id from net_terms_credit_hold where business_unit_id = $1 and status = 'held'", [unitId])).toEqual([])
    expect(await cluster.sql("select id from net_terms_invoice where business_unit_id = $1", [unitId])).toHaveLength(6)
  })
})
