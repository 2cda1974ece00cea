#!/usr/bin/env node
/**
 * `npm test`: every suite (unit, module integration, HTTP integration, CLI, topology, browser)
 * against the PostgreSQL in DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (or DATABASE_URL) when given,
 * otherwise against a throw-away embedded PostgreSQL. The production build (backend, admin,
 * storefronts) that the topology and browser suites run is made while the HTTP suites run.
 * Prints each suite's time and ends with one line `N passed, N failed[, N skipped]`.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { exitWithError, oneLine } = require("./lib/errors")
const { startEmbeddedDatabase } = require("./lib/database")
const { buildStorefronts } = require("./lib/storefronts")
const { buildApp } = require("./lib/built-app")
const { ensureChromium } = require("./lib/chromium")
const { ROOT } = require("./lib/medusa")
// Free ports for everything the tests start: they never take the ports a running `npm start` uses.
const { freePorts } = require("./lib/ports")
const { pingRedis } = require("./lib/redis")
const { summarize, formatSummary } = require("./lib/test-summary")

const SUITES = ["unit", "integration:modules", "integration:http", "integration:cli", "integration:topology", "integration:browser"]
const NEEDS_BUILD = new Set(["integration:topology", "integration:browser"])
const RESULTS_DIR = path.join(ROOT, ".data", "test-results")
const say = (line) => process.stdout.write(`${line}\n`)
const secondsSince = (started) => (Date.now() - started) / 1000

/** DB_* variables for @medusajs/test-utils; it forces SSL unless the host is `localhost`. */
function databaseEnvFromUrl(url) {
  const u = new URL(url)
  return {
    DB_HOST: u.hostname === "127.0.0.1" ? "localhost" : u.hostname,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(u.password || ""),
  }
}

async function testDatabase() {
  if (process.env.DB_HOST) {
    return { env: { DB_USERNAME: "postgres", ...pick(process.env, ["DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD"]) }, stop: async () => {} }
  }
  if (process.env.DATABASE_URL) {
    return { env: databaseEnvFromUrl(process.env.DATABASE_URL), stop: async () => {} }
  }
  const dataDir = path.join(ROOT, ".data", "postgres-test")
  fs.rmSync(dataDir, { recursive: true, force: true })
  const db = await startEmbeddedDatabase({
    dataDir,
    port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? (await freePorts(1))[0]),
    database: "postgres",
    persistent: false,
  })
  say(`Tests use an embedded PostgreSQL on localhost:${db.port}.`)
  return { env: databaseEnvFromUrl(db.url), stop: db.stop }
}

function pick(source, keys) {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]))
}

/** The Redis of the topology suite: REDIS_URL, else one on 127.0.0.1:6379 when it answers. */
async function topologyRedis() {
  for (const url of [process.env.REDIS_URL, "redis://127.0.0.1:6379"].filter(Boolean)) {
    if ((await pingRedis(url)) === null) return url
  }
  return null
}

function runJest(suite, env) {
  const outputFile = path.join(RESULTS_DIR, `${suite.replace(":", "-")}.json`)
  fs.rmSync(outputFile, { force: true })
  const args = ["--runInBand", "--forceExit", "--passWithNoTests", "--json", `--outputFile=${outputFile}`, ...process.argv.slice(2)]
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "jest"), args, {
      cwd: ROOT,
      env: { ...env, TEST_TYPE: suite, NODE_OPTIONS: "--experimental-vm-modules" },
      stdio: "inherit",
    })
    child.on("exit", (code) => {
      const report = fs.existsSync(outputFile) ? JSON.parse(fs.readFileSync(outputFile, "utf8")) : null
      resolve({ suite, code, report, seconds: secondsSince(started) })
    })
  })
}

/** A suite that could not run, counted as one failure with its reason. */
const notRun = (suite, reason) => {
  say(`${suite} did not run: ${reason}`)
  return { suite, code: 1, report: null, seconds: 0, reason }
}

/** The production build, in the background; resolves to null or the reason it failed. */
function startBuilds(env) {
  const started = Date.now()
  return Promise.all([buildApp({ ifChanged: true, env }), buildStorefronts()])
    .then(() => {
      say(`\n(production build of backend, admin and storefronts ready after ${secondsSince(started).toFixed(0)} s, made alongside the HTTP suites)`)
      return null
    })
    .catch((error) => oneLine(error))
}

async function main() {
  const started = Date.now()
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.rmSync(path.join(RESULTS_DIR, "summary.txt"), { force: true })
  const chromium = await ensureChromium(say)
  const db = await testDatabase()
  const stop = () => db.stop().catch(() => {})
  process.on("SIGINT", () => stop().then(() => process.exit(130)))
  const redis = await topologyRedis()
  const [b2cPort, b2bPort, adminPort] = await freePorts(3)
  const env = {
    ...process.env,
    ...db.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
    CHROMIUM_PATH: chromium,
    BROWSER_B2C_PORT: process.env.BROWSER_B2C_PORT ?? String(b2cPort),
    BROWSER_B2B_PORT: process.env.BROWSER_B2B_PORT ?? String(b2bPort),
    BROWSER_ADMIN_PORT: process.env.BROWSER_ADMIN_PORT ?? String(adminPort),
  }
  delete env.DATABASE_URL
  if (redis) env.TOPOLOGY_REDIS_URL = redis

  let builds = Promise.resolve(null)
  const runs = []
  for (const suite of SUITES) {
    say(`\n=== ${suite} ===`)
    if (suite === "integration:http") builds = startBuilds(env)
    // `npm start` (the CLI suite) builds the storefronts itself: never at the same time as us.
    if (suite === "integration:cli" || NEEDS_BUILD.has(suite)) {
      const buildFailure = await builds
      if (buildFailure && NEEDS_BUILD.has(suite)) {
        runs.push(notRun(suite, `the production build failed: ${buildFailure}`))
        continue
      }
    }
    if (suite === "integration:topology" && !redis && process.env.CI === "true") {
      runs.push(notRun(suite, "no Redis answers (REDIS_URL or 127.0.0.1:6379), and CI must prove the topology"))
      continue
    }
    runs.push(await runJest(suite, env))
  }
  await stop()

  say("")
  for (const run of runs) {
    say(`${run.suite}: ${formatSummary(summarize([run]))} in ${run.seconds.toFixed(0)} s${run.reason ? ` (${run.reason})` : ""}`)
  }
  say(`all suites: ${secondsSince(started).toFixed(0)} s`)
  const totals = summarize(runs)
  fs.writeFileSync(path.join(RESULTS_DIR, "summary.txt"), `${formatSummary(totals)}\n`)
  say(formatSummary(totals))
  process.exit(totals.ok ? 0 : 1)
}

main().catch(exitWithError)
