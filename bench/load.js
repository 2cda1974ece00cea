#!/usr/bin/env node
/**
 * The load generator, run as its own process so that it does not share the server's CPU
 * accounting: drives one scenario with autocannon and prints one JSON line with the result.
 * Usage: node bench/load.js '{"baseUrl":..., "key":..., "kind":"listing"|"checkout", "duration":10, "connections":10}'
 * Optional: "token" (a logged-in customer) and, for checkout, "provider" (payment provider id).
 */
const autocannon = require("autocannon")

const config = JSON.parse(process.argv[2])
const headers = { "x-publishable-api-key": config.key, "content-type": "application/json" }
// A logged-in customer (for example a company's associate, whose prices come from its price list).
if (config.token) headers.authorization = `Bearer ${config.token}`

async function api(method, path, body) {
  const res = await fetch(`${config.baseUrl}${path}`, { method, headers, body: body && JSON.stringify(body) })
  const data = await res.json()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`)
  return data
}

function percentile(sorted, p) {
  if (!sorted.length) return null
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const run = (options) =>
  new Promise((resolve, reject) =>
    autocannon({ ...options, duration: config.duration, connections: config.connections }, (err, result) =>
      err ? reject(err) : resolve(result)
    )
  )

async function listing(regionId) {
  const result = await run({
    url: `${config.baseUrl}/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`,
    headers,
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  }
}

const ADDRESS = { first_name: "Bench", last_name: "Buyer", address_1: "Street 1", city: "Berlin", postal_code: "10115", country_code: "de" }

async function checkout(regionId) {
  const { products } = await api("GET", `/store/products?q=Bench%20Product&limit=200&fields=variants.id`)
  const variantIds = products.flatMap((p) => p.variants.map((v) => v.id))
  if (!variantIds.length) throw new Error("no bench products in this channel")
  const probe = await api("POST", "/store/carts", { region_id: regionId })
  const { shipping_options } = await api("GET", `/store/shipping-options?cart_id=${probe.cart.id}`)
  const optionId = shipping_options[0].id

  const checkoutMs = []
  let failed = 0
  const json = (body) => JSON.parse(body)
  const result = await run({
    url: config.baseUrl,
    headers,
    requests: [
      {
        method: "POST",
        path: "/store/carts",
        setupRequest: (req, context) => {
          context.started = performance.now()
          const variant_id = variantIds[Math.floor(Math.random() * variantIds.length)]
          // A guest gives an email; a logged-in customer's cart takes the account's.
          const email = config.token ? undefined : `bench-${Math.random().toString(36).slice(2)}@example.com`
          return { ...req, body: JSON.stringify({ region_id: regionId, email, shipping_address: ADDRESS, items: [{ variant_id, quantity: 1 }] }) }
        },
        onResponse: (status, body, context) => {
          context.cartId = status === 200 ? json(body).cart.id : "missing"
        },
      },
      {
        method: "POST",
        setupRequest: (req, context) => ({ ...req, path: `/store/carts/${context.cartId}/shipping-methods`, body: JSON.stringify({ option_id: optionId }) }),
      },
      {
        method: "POST",
        path: "/store/payment-collections",
        setupRequest: (req, context) => ({ ...req, body: JSON.stringify({ cart_id: context.cartId }) }),
        onResponse: (status, body, context) => {
          context.collectionId = status === 200 ? json(body).payment_collection.id : "missing"
        },
      },
      {
        method: "POST",
        setupRequest: (req, context) => ({
          ...req,
          path: `/store/payment-collections/${context.collectionId}/payment-sessions`,
          body: JSON.stringify({ provider_id: config.provider ?? "pp_system_default" }),
        }),
      },
      {
        method: "POST",
        setupRequest: (req, context) => ({ ...req, path: `/store/carts/${context.cartId}/complete`, body: "{}" }),
        onResponse: (status, body, context) => {
          if (status === 200 && json(body).type === "order") checkoutMs.push(performance.now() - context.started)
          else failed += 1
        },
      },
    ],
  })
  checkoutMs.sort((a, b) => a - b)
  return {
    rps: checkoutMs.length / config.duration,
    p50: percentile(checkoutMs, 50),
    p99: percentile(checkoutMs, 99),
    errors: failed + result.errors,
    requestsPerSecond: result.requests.average,
  }
}

async function main() {
  const { regions } = await api("GET", "/store/regions")
  const regionId = regions.find((r) => r.currency_code === "eur").id
  const result = config.kind === "listing" ? await listing(regionId) : await checkout(regionId)
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

main().catch((error) => {
  process.stderr.write(`load: ${error.message}\n`)
  process.exit(1)
})
