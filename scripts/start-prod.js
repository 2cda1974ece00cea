#!/usr/bin/env node
/**
 * `npm run start:prod`: the production build (`npm run build`) against the PostgreSQL in
 * DATABASE_URL, as one process of the topology its environment names:
 *
 *   MEDUSA_WORKER_MODE=shared (default)  HTTP + subscribers + scheduled jobs, one process
 *   MEDUSA_WORKER_MODE=server            HTTP only (run several, behind a proxy); needs REDIS_URL
 *   MEDUSA_WORKER_MODE=worker            subscribers, scheduled jobs, background steps; needs REDIS_URL
 *
 * It serves the built admin at /app (not in worker mode, or with DISABLE_ADMIN=true) and the two
 * built storefronts on B2C_PORT / B2B_PORT (not in worker mode, or with SERVE_STOREFRONTS=false).
 * It refuses to start on default secrets, on a split mode without Redis, and with no build.
 *
 *   --migrate          run `medusa db:migrate` (and the demo seed with SEED_DEMO=true) first
 *   --migrate-only     only that, then exit (one-shot job before the servers start)
 *   --storefronts-only serve the two storefronts and nothing else
 */
const fs = require("node:fs")
const path = require("node:path")
const { StartError } = require("./lib/errors")
const { ensureExternalDatabase } = require("./lib/database")
const { assertPortFree, waitForHttp } = require("./lib/ports")
const { ROOT, runMedusaStep, spawnMedusa } = require("./lib/medusa")
const { createRunning } = require("./lib/running")
const { BUILD_DIR, assertBuilt, requireBuilt } = require("./lib/built-app")
const { pingRedis } = require("./lib/redis")
const { serveStorefronts, STOREFRONTS_DIR } = require("./lib/storefronts")

const args = new Set(process.argv.slice(2))
const env = {
  ...process.env,
  NODE_ENV: "production",
  DEMO_SUMMARY_FILE: process.env.DEMO_SUMMARY_FILE ?? path.join(ROOT, ".data", "demo-summary.json"),
}
const port = Number(env.PORT ?? 9000)
const say = (line) => process.stdout.write(`${line}\n`)

const running = createRunning()

/** One line instead of Medusa's retry loop when REDIS_URL points at nothing. */
async function assertRedisReachable(url) {
  const failure = await pingRedis(url)
  if (failure) throw new StartError(`Cannot reach Redis at ${new URL(url).host} (${failure}): check REDIS_URL.`)
}

/** The checks medusa-config.ts makes, run on the build before any process starts. */
async function preflight() {
  assertBuilt()
  const { httpSecrets, workerMode } = requireBuilt("src/lib/runtime-config.js")
  httpSecrets(env)
  const mode = workerMode(env, "start")
  if (!env.DATABASE_URL) {
    throw new StartError("DATABASE_URL is required in production (postgres://user:password@host:port/database).")
  }
  await ensureExternalDatabase(env.DATABASE_URL)
  if (env.REDIS_URL) await assertRedisReachable(env.REDIS_URL)
  return mode
}

async function migrate() {
  const seconds = await runMedusaStep("prod-migrate", ["db:migrate"], env, BUILD_DIR)
  say(`Database migrated in ${seconds.toFixed(1)} s.`)
  if (env.SEED_DEMO === "true") {
    const seedSeconds = await runMedusaStep("prod-seed", ["exec", "./src/scripts/seed.js"], env, BUILD_DIR)
    say(`Demo data checked/seeded in ${seedSeconds.toFixed(1)} s.`)
  }
}

/** The storefronts' publishable keys: B2C_PUBLISHABLE_KEY / B2B_PUBLISHABLE_KEY, else the demo seed's summary. */
function storefrontKeys() {
  if (env.B2C_PUBLISHABLE_KEY && env.B2B_PUBLISHABLE_KEY) {
    return { retail: env.B2C_PUBLISHABLE_KEY, wholesale: env.B2B_PUBLISHABLE_KEY }
  }
  if (fs.existsSync(env.DEMO_SUMMARY_FILE)) {
    return JSON.parse(fs.readFileSync(env.DEMO_SUMMARY_FILE, "utf8")).publishableKeys
  }
  throw new StartError("The storefronts need B2C_PUBLISHABLE_KEY and B2B_PUBLISHABLE_KEY (or a demo seed: SEED_DEMO=true with --migrate).")
}

async function startStorefronts() {
  for (const app of ["b2c", "b2b"]) {
    if (!fs.existsSync(path.join(STOREFRONTS_DIR, app, "dist", "index.html"))) {
      throw new StartError(`The ${app} storefront is not built: run \`npm run build\` first.`)
    }
  }
  const ports = { b2c: Number(env.B2C_PORT ?? 8000), b2b: Number(env.B2B_PORT ?? 8001) }
  await assertPortFree(ports.b2c, "B2C shop", "B2C_PORT")
  await assertPortFree(ports.b2b, "B2B portal", "B2B_PORT")
  running.storefronts = await serveStorefronts({
    backendUrl: env.STOREFRONT_BACKEND_URL ?? env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`,
    keys: storefrontKeys(),
    ports,
    host: env.STOREFRONT_HOST,
  })
  say(`B2C shop on ${running.storefronts.b2c}, B2B portal on ${running.storefronts.b2b}.`)
}

async function startMedusa(mode) {
  await assertPortFree(port, "Medusa backend", "PORT")
  const started = Date.now()
  const medusa = spawnMedusa(["start"], { ...env, MEDUSA_WORKER_MODE: mode }, { cwd: BUILD_DIR })
  running.watchMedusa(medusa, `Medusa (${mode})`)
  const up = await waitForHttp(`http://localhost:${port}/health`, { timeoutMs: 180_000, isAlive: () => medusa.exitCode === null })
  if (!up) throw new StartError(`Medusa (${mode}) did not answer on port ${port} within 3 minutes.`)
  say(`Medusa (${mode}) ready on http://localhost:${port} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}

async function main() {
  if (args.has("--storefronts-only")) {
    await startStorefronts()
    return
  }
  const mode = await preflight()
  if (args.has("--migrate") || args.has("--migrate-only")) await migrate()
  if (args.has("--migrate-only")) return running.shutdown(0)
  await startMedusa(mode)
  if (mode !== "worker" && env.SERVE_STOREFRONTS !== "false") await startStorefronts()
}

main().catch(running.fail)
