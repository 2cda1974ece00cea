/**
 * Recurring orders (bench/run.js calls it with the project server running): a buyer's own
 * 20-line checkout through the portal's path, timed on the server, and one pass of the
 * recurring-order job over BENCH_RECURRING_COUNT (default 500) due 20-line schedules of the same
 * company on the same database (bench/recurring-run.ts), in the same run.
 */
const fs = require("node:fs")
const path = require("node:path")
const { runMedusaStep } = require("../scripts/lib/medusa")

const CHECKOUTS = 10
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function buyerCheckoutMs({ baseUrl, key, token }) {
  const headers = { "x-publishable-api-key": key, authorization: `Bearer ${token}`, "content-type": "application/json" }
  const call = async (method, url, body) => {
    const res = await fetch(`${baseUrl}${url}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
    const data = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${data?.message ?? ""}`)
    return data
  }
  const region = (await call("GET", "/store/regions")).regions.find((r) => r.currency_code === "eur").id
  const lines = Array.from({ length: 20 }, (_, i) => ({ sku: `BENCH-${String(i + 1).padStart(5, "0")}-M`, quantity: 2 }))
  const address = { first_name: "Bench", last_name: "Buyer", address_1: "Benchstraße 1", city: "Berlin", postal_code: "10115", country_code: "de" }
  const once = async () => {
    const started = process.hrtime.bigint()
    const cart = (await call("POST", "/store/carts", { region_id: region })).cart
    await call("POST", `/store/business/carts/${cart.id}/line-items/bulk`, { lines })
    await call("POST", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
    const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options.find((o) => o.name === "Standard (Europe)").id })
    const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_net-terms_net-terms" })
    const done = await call("POST", `/store/carts/${cart.id}/complete`, {})
    if (done.type !== "order") throw new Error(`checkout did not place an order: ${JSON.stringify(done).slice(0, 200)}`)
    return Number(process.hrtime.bigint() - started) / 1e6
  }
  await once() // warm-up
  const times = []
  for (let i = 0; i < CHECKOUTS; i++) times.push(await once())
  return median(times)
}

async function measureRecurring({ baseUrl, key, token, env, say }) {
  const checkoutMs = await buyerCheckoutMs({ baseUrl, key, token })
  say(`  buyer's own 20-line checkout (cart, bulk add, address, shipping, net terms, complete): ${checkoutMs.toFixed(0)} ms (median of ${CHECKOUTS})`)
  await runMedusaStep("bench-recurring", ["exec", "./bench/recurring-run.ts"], env)
  const result = JSON.parse(fs.readFileSync(path.join(__dirname, "..", ".data", "bench-recurring.json"), "utf8"))
  const perOrderMs = result.ms / Math.max(result.placed, 1)
  say(`  one job pass: ${result.placed} of ${result.count} due ${result.lines}-line schedules ordered in ${(result.ms / 1000).toFixed(1)} s${result.failures.length ? ` (not ordered: ${result.failures.join("; ")})` : ""}`)
  return { checkoutMs, perOrderMs, ordersPerSecond: result.placed / (result.ms / 1000), ...result }
}

module.exports = { measureRecurring }
