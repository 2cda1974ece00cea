#!/usr/bin/env node
/**
 * `npm run bench`: boots plain Medusa and this project, one after the other, on the same
 * database with a generated catalog (BENCH_PRODUCTS, default 2,000 products × 5 variants),
 * drives each from a second process (bench/load.js, autocannon) and prints per publishable
 * key: requests/s, p50 and p99 of a product listing with calculated prices and of the whole
 * checkout path, the server's peak memory, and each project figure as a ratio to plain Medusa.
 */
const fs = require("node:fs")
const path = require("node:path")
const { execFileSync, spawn } = require("node:child_process")
const { exitWithError, StartError } = require("../scripts/lib/errors")
const { ensureExternalDatabase, startEmbeddedDatabase } = require("../scripts/lib/database")
const { assertPortFree, waitForHttp } = require("../scripts/lib/ports")
const { ROOT, runMedusaStep, stopMedusa } = require("../scripts/lib/medusa")
const { measureBulk } = require("./bulk")
const { measureRecurring } = require("./recurring")
const { measureViews } = require("./views")

const PORT = Number(process.env.BENCH_PORT ?? 9400)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const say = (line) => process.stdout.write(`${line}\n`)
// BENCH_ONLY=bulk or =recurring: only those measurements (their ratios are to the path they replace, in the same run).
// BENCH_ONLY=views: the page views, and plain Medusa's Retail listing they are compared with.
const ONLY = process.env.BENCH_ONLY ?? null
const ONLY_PROJECT = ONLY === "bulk" || ONLY === "recurring"

const SERVERS = [
  { name: "plain Medusa", cwd: path.join(ROOT, "bench", "plain") },
  { name: "project", cwd: ROOT },
]
const SCENARIOS = [
  { kind: "listing", connections: 10 },
  { kind: "checkout", connections: 4 },
]
// Measured on the project only, as ratios to the project's own Retail paths in the same run.
const ASSOCIATE = { email: "acme-buyer@example.com", password: "supersecret" }
// bench/bench-company.ts: Net 30, a limit no run reaches, no approval rules.
const NET_TERMS_BUYER = { email: "bench-buyer@example.com", password: "supersecret" }
const NET_TERMS_PROVIDER = "pp_net-terms_net-terms"

async function benchDatabase() {
  const base = process.env.DATABASE_URL
  if (base) {
    const u = new URL(base)
    u.pathname = "/medusa_bench"
    await ensureExternalDatabase(u.toString())
    return { url: u.toString(), stop: async () => {} }
  }
  return startEmbeddedDatabase({
    dataDir: path.join(ROOT, ".data", "postgres-bench"),
    port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54331),
    database: "medusa_bench",
  })
}

/** Resident memory of a process group, in MB. */
function groupRssMb(pgid) {
  try {
    const out = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" })
    const kb = out
      .split("\n")
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter(([group]) => group === pgid)
      .reduce((sum, [, rss]) => sum + rss, 0)
    return kb / 1024
  } catch {
    return 0
  }
}

function runLoad(config) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "load.js"), JSON.stringify(config)], {
      stdio: ["ignore", "pipe", "inherit"],
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new StartError(`load generator failed (${config.kind})`))))
  })
}

async function customerToken(baseUrl, { email, password }) {
  const res = await fetch(`${baseUrl}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new StartError(`could not log in ${email} for the benchmark (HTTP ${res.status})`)
  return (await res.json()).token
}

async function measureScenario(server, label, config) {
  await runLoad({ ...config, duration: 2 }) // warm-up: caches, JIT, connection pools
  const result = await runLoad(config)
  say(`  ${server.name.padEnd(12)} ${config.kind.padEnd(8)} ${label.padEnd(9)} ${fmt(result.rps)} /s  p50 ${fmt(result.p50)} ms  p99 ${fmt(result.p99)} ms  errors ${result.errors}`)
  return result
}

async function measureServer(server, env, keys) {
  await assertPortFree(PORT, "benchmark server", "BENCH_PORT")
  const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")
  // Server output goes to a log: stopping it mid-request prints aborted queries that are noise here.
  const log = fs.openSync(path.join(ROOT, ".data", "logs", `bench-${server.name.replace(/\W+/g, "-")}.log`), "w")
  const child = spawn(medusaBin, ["start"], {
    cwd: server.cwd,
    env: { ...env, PORT: String(PORT), DISABLE_ADMIN: "true", NODE_ENV: "development", LOG_LEVEL: "error" },
    stdio: ["ignore", log, log],
    detached: true,
  })
  let peakMb = 0
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, groupRssMb(child.pid))), 250)
  try {
    const up = await waitForHttp(`http://localhost:${PORT}/health`, { timeoutMs: 120_000, isAlive: () => child.exitCode === null })
    if (!up) throw new StartError(`${server.name} did not start on port ${PORT}`)
    const baseUrl = `http://localhost:${PORT}`
    const results = []
    const scenarios = ONLY_PROJECT ? [] : ONLY === "views" ? SCENARIOS.filter((s) => s.kind === "listing") : SCENARIOS
    for (const scenario of scenarios) {
      for (const [keyName, key] of Object.entries(ONLY === "views" ? { retail: keys.retail } : keys)) {
        const result = await measureScenario(server, keyName, { baseUrl, key, duration: DURATION, ...scenario })
        results.push({ server: server.name, kind: scenario.kind, key: keyName, ...result })
      }
    }
    let associateListing = null
    let netTermsCheckout = null
    let bulk = null
    let recurring = null
    let views = null
    if (server.name === "project") {
      const buyer = await customerToken(baseUrl, NET_TERMS_BUYER)
      if (!ONLY || ONLY === "views") {
        // First, while the cache is empty: the view bench times the cold catalog request.
        say("  page views (Wholesale key; associate acme-buyer, checkout bench-buyer):")
        const associateToken = await customerToken(baseUrl, ASSOCIATE)
        views = await measureViews({ baseUrl, key: keys.wholesale, associateToken, buyerToken: buyer, seconds: DURATION, say, fmt })
      }
      if (!ONLY_PROJECT && ONLY !== "views") {
        const token = await customerToken(baseUrl, ASSOCIATE)
        const config = { baseUrl, key: keys.wholesale, token, duration: DURATION, kind: "listing", connections: 10 }
        associateListing = await measureScenario(server, "associate", config)
        const b2b = { baseUrl, key: keys.wholesale, token: buyer, provider: NET_TERMS_PROVIDER, duration: DURATION, kind: "checkout", connections: 4 }
        netTermsCheckout = await measureScenario(server, "net terms", b2b)
      }
      if (!ONLY || ONLY === "bulk") {
        say("  bulk ordering (bench-buyer, Wholesale key):")
        bulk = await measureBulk({ baseUrl, key: keys.wholesale, token: buyer, serverPid: child.pid, env, say })
      }
      if (!ONLY || ONLY === "recurring") {
        say("  recurring orders (bench-buyer's company, net terms):")
        recurring = await measureRecurring({ baseUrl, key: keys.wholesale, token: buyer, env, say })
      }
    }
    return { results, peakMb, associateListing, netTermsCheckout, bulk, recurring, views }
  } finally {
    clearInterval(sampler)
    await stopMedusa(child)
  }
}

const fmt = (n) => (n === null || n === undefined ? "-" : n >= 100 ? n.toFixed(0) : n.toFixed(1))

function report(plain, project) {
  if (ONLY === "views") return
  say("")
  say("| path | key | plain req/s | project req/s | p50 ms plain → project | p99 ms plain → project | time ratio (project/plain, p50) |")
  say("| --- | --- | --- | --- | --- | --- | --- |")
  for (const p of project.results) {
    const b = plain.results.find((r) => r.kind === p.kind && r.key === p.key)
    const ratio = b.p50 ? p.p50 / b.p50 : NaN
    say(`| ${p.kind} | ${p.key} | ${fmt(b.rps)} | ${fmt(p.rps)} | ${fmt(b.p50)} → ${fmt(p.p50)} | ${fmt(b.p99)} → ${fmt(p.p99)} | ${ratio.toFixed(2)} |`)
  }
  say(`| peak server memory | | ${plain.peakMb.toFixed(0)} MB | ${project.peakMb.toFixed(0)} MB | | | ${(project.peakMb / plain.peakMb).toFixed(2)} |`)
  const associate = project.associateListing
  const retail = project.results.find((r) => r.kind === "listing" && r.key === "retail")
  if (associate && retail) {
    say("")
    say("| B2B path (project) | compared with (project) | p50 ms | time ratio (p50) | target |")
    say("| --- | --- | --- | --- | --- |")
    say(`| listing as a company associate, Wholesale key (agreement + price book with breaks) | anonymous Retail listing | ${fmt(retail.p50)} → ${fmt(associate.p50)} | ${(associate.p50 / retail.p50).toFixed(2)} | ≤ 1.15 |`)
  }
  const netTerms = project.netTermsCheckout
  const retailCheckout = project.results.find((r) => r.kind === "checkout" && r.key === "retail")
  if (netTerms && retailCheckout) {
    say(`| whole B2B checkout on net terms (business context, approval check, credit check and hold, invoice) | guest Retail checkout, system payment | ${fmt(retailCheckout.p50)} → ${fmt(netTerms.p50)} | ${(netTerms.p50 / retailCheckout.p50).toFixed(2)} | ≤ 1.25 |`)
  }
}

function reportBulk(bulk) {
  if (!bulk) return
  const ratio = (bulk.capped ? bulk.projectedMs : bulk.oneByOneMs) / bulk.bulkMs
  say("")
  say("| bulk ordering (project) | measured | target |")
  say("| --- | --- | --- |")
  say(`| 1,000 lines: bulk route vs one request each | ${(bulk.bulkMs / 1000).toFixed(1)} s vs ${bulk.capped ? `≥ ${(bulk.projectedMs / 1000).toFixed(0)} s (${bulk.oneByOneLines} lines measured in ${(bulk.oneByOneMs / 1000).toFixed(0)} s)` : `${(bulk.oneByOneMs / 1000).toFixed(1)} s`}: ${bulk.capped ? "≥ " : ""}${ratio.toFixed(1)}× faster | ≥ 20× |`)
  say(`| 200 lines, catalog at 50,000 vs about 10,000 variants | ${bulk.large.toFixed(0)} ms vs ${bulk.small.toFixed(0)} ms: ${(bulk.large / bulk.small).toFixed(2)} | ≤ 1.2 |`)
  say(`| server RSS growth during a 2,000-line upload | +${bulk.rssGrowthMb.toFixed(0)} MB (${(bulk.uploadMs / 1000).toFixed(1)} s) | < 100 MB |`)
}

function reportViews(views, plain) {
  if (!views) return
  const plainRetail = plain?.results.find((r) => r.kind === "listing" && r.key === "retail")
  const speedup = ({ before, view }) => `${fmt(before.p50)} → ${fmt(view.p50)} ms: ${(before.p50 / view.p50).toFixed(1)}× faster`
  say("")
  say("| page views (project) | measured (page-load p50, 10 shoppers) | target |")
  say("| --- | --- | --- |")
  say(`| product page: one view vs the product, rules and tiers requests (hit ratio ${(views.productHitRatio * 100).toFixed(0)} %; a page's first view ${fmt(views.productColdMs)} ms) | ${speedup(views.product)} | ≥ 2× |`)
  say(`| checkout page: one view vs cart, options, readiness, terms, approvals, region (delivery options hit ratio ${(views.deliveryOptionsHitRatio * 100).toFixed(0)} %) | ${speedup(views.checkout)} | ≥ 2× |`)
  if (plainRetail) {
    say(`| catalog as a company associate, view with cache vs plain Medusa's uncached Retail listing (hit ratio ${(views.listingHitRatio * 100).toFixed(1)} %, cold ${fmt(views.coldMs)} ms) | ${fmt(plainRetail.p50)} → ${fmt(views.listing.p50)} ms: ${(views.listing.p50 / plainRetail.p50).toFixed(2)} | ≤ 0.5 |`)
  }
}

function reportRecurring(recurring) {
  if (!recurring) return
  say("")
  say("| recurring orders (project) | measured | target |")
  say("| --- | --- | --- |")
  say(`| one job pass over ${recurring.count} due ${recurring.lines}-line schedules | ${recurring.placed} orders in ${(recurring.ms / 1000).toFixed(1)} s: ${recurring.ordersPerSecond.toFixed(2)} orders/s | |`)
  say(`| time per order in the pass vs a buyer's own checkout (same lines, same run) | ${recurring.perOrderMs.toFixed(0)} ms vs ${recurring.checkoutMs.toFixed(0)} ms: ${(recurring.perOrderMs / recurring.checkoutMs).toFixed(2)} | ≤ 1.5 |`)
}

async function main() {
  const db = await benchDatabase()
  process.on("SIGINT", () => db.stop().finally(() => process.exit(130)))
  try {
    const env = { ...process.env, DATABASE_URL: db.url }
    say("Migrating the benchmark database…")
    await runMedusaStep("bench-migrate", ["db:migrate"], env)
    say(`Generating the catalog (${process.env.BENCH_PRODUCTS ?? 2000} products × 5 variants; kept for later runs)…`)
    const seconds = await runMedusaStep("bench-catalog", ["exec", "./bench/generate-catalog.ts"], env)
    say(`Catalog ready in ${seconds.toFixed(0)} s. Load: ${DURATION} s per scenario, listing 10 connections, checkout 4.`)
    const keys = JSON.parse(fs.readFileSync(path.join(ROOT, ".data", "bench-keys.json"), "utf8"))
    const measured = []
    for (const server of ONLY_PROJECT ? SERVERS.filter((s) => s.name === "project") : SERVERS) {
      measured.push(await measureServer(server, env, { retail: keys.retail, wholesale: keys.wholesale }))
    }
    if (!ONLY_PROJECT) report(measured[0], measured[1])
    reportViews(measured[measured.length - 1].views, measured.length > 1 ? measured[0] : null)
    reportBulk(measured[measured.length - 1].bulk)
    reportRecurring(measured[measured.length - 1].recurring)
  } finally {
    await db.stop()
  }
}

main().catch(exitWithError)
