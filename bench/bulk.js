/**
 * Bulk ordering on the project server (bench/run.js calls it with a running server): the same
 * 1,000 lines through the bulk route and one request each, the server's memory during a
 * 2,000-line upload, and a 200-line bulk add with the catalog at about 10,000 and at 50,000
 * variants (bench/grow-catalog.ts).
 */
const { execFileSync } = require("node:child_process")
const { runMedusaStep } = require("../scripts/lib/medusa")

const ONE_BY_ONE_CAP_MS = Number(process.env.BENCH_ONE_BY_ONE_SECONDS ?? 90) * 1000
const benchSku = (n) => `BENCH-${String(Math.floor(n / 5) + 1).padStart(5, "0")}-${["XS", "S", "M", "L", "XL"][n % 5]}`
const lines = (count) => Array.from({ length: count }, (_, n) => ({ sku: benchSku(n), quantity: 1 }))

function client(baseUrl, key, token) {
  const headers = { "x-publishable-api-key": key, authorization: `Bearer ${token}` }
  return async (method, path, body) => {
    const init = { method, headers: { ...headers } }
    if (body instanceof FormData) init.body = body
    else if (body) {
      init.headers["content-type"] = "application/json"
      init.body = JSON.stringify(body)
    }
    const res = await fetch(`${baseUrl}${path}`, init)
    const data = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${data?.message ?? ""}`)
    return data
  }
}

function rssMb(pid) {
  const out = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" })
  return out.split("\n").map((l) => l.trim().split(/\s+/).map(Number)).filter(([g]) => g === pid).reduce((sum, [, kb]) => sum + kb, 0) / 1024
}

async function timed(fn) {
  const started = process.hrtime.bigint()
  const result = await fn()
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function measureBulk({ baseUrl, key, token, serverPid, env, say }) {
  const call = client(baseUrl, key, token)
  const newCart = async () => (await call("POST", "/store/carts", { region_id: (await call("GET", "/store/regions")).regions.find((r) => r.currency_code === "eur").id })).cart.id
  const bulkAdd = async (count) => {
    const cartId = await newCart()
    const { ms, result } = await timed(() => call("POST", `/store/business/carts/${cartId}/line-items/bulk`, { lines: lines(count) }))
    if (result.bulk.added !== count) throw new Error(`bulk add of ${count} lines added ${result.bulk.added}`)
    return { ms, rows: result.bulk.rows }
  }

  await bulkAdd(50) // warm-up
  const { ms: bulkMs, rows } = await bulkAdd(1000)
  say(`  bulk route      1,000 lines in one request: ${(bulkMs / 1000).toFixed(1)} s`)

  // The path the portal took before: one request per line, each seeing the cart grow.
  const cartId = await newCart()
  const variantIds = rows.map((row) => row.variant_id)
  const started = Date.now()
  let added = 0
  while (added < 1000 && Date.now() - started < ONE_BY_ONE_CAP_MS) {
    await call("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantIds[added], quantity: 1 })
    added++
  }
  const oneByOneMs = Date.now() - started
  const projectedMs = (oneByOneMs / added) * 1000
  const capped = added < 1000
  say(`  one request each ${added} lines in ${(oneByOneMs / 1000).toFixed(1)} s${capped ? ` (stopped at the ${ONE_BY_ONE_CAP_MS / 1000} s cap; 1,000 lines at that pace, a lower bound since each add gets slower as the cart grows: ${(projectedMs / 1000).toFixed(0)} s)` : ""}`)

  // Memory: a 2,000-line CSV upload, the server's resident memory sampled while it runs.
  const before = rssMb(serverPid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(serverPid))), 100)
  const form = new FormData()
  form.append("file", new Blob([`sku,quantity\n${lines(2000).map((l) => `${l.sku},${l.quantity}`).join("\n")}\n`], { type: "text/csv" }), "order.csv")
  const upload = await timed(async () => call("POST", `/store/business/carts/${await newCart()}/line-items/import`, form))
  clearInterval(sampler)
  say(`  upload          2,000-line CSV in ${(upload.ms / 1000).toFixed(1)} s, server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB)`)

  // SKU resolution against catalog size: 200 lines at the bench catalog, then with filler variants up to 50,000.
  const at = async () => median([(await bulkAdd(200)).ms, (await bulkAdd(200)).ms, (await bulkAdd(200)).ms])
  const small = await at()
  say(`  200 lines at the bench catalog: ${small.toFixed(0)} ms (median of 3); growing the catalog to ${process.env.BENCH_SKU_SCALE_VARIANTS ?? "50,000"} variants…`)
  await runMedusaStep("bench-grow", ["exec", "./bench/grow-catalog.ts"], { ...env, BENCH_FILLER: "grow" })
  let large
  try {
    await bulkAdd(50) // warm-up after the catalog changed
    large = await at()
  } finally {
    await runMedusaStep("bench-shrink", ["exec", "./bench/grow-catalog.ts"], { ...env, BENCH_FILLER: "remove" })
  }
  say(`  200 lines at 50,000 variants: ${large.toFixed(0)} ms (median of 3)`)
  return { bulkMs, oneByOneMs, oneByOneLines: added, projectedMs, capped, uploadMs: upload.ms, rssGrowthMb: peak - before, small, large }
}

module.exports = { measureBulk }
