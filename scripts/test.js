#!/usr/bin/env node
/**
 * `npm test`: every suite (unit, module integration, HTTP integration, CLI, browser) against the
 * PostgreSQL in DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (or DATABASE_URL) when given,
 * otherwise against a throw-away embedded PostgreSQL. Ends with one line
 * `N passed, N failed[, N skipped]` totalled over all suites.
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { exitWithError } = require("./lib/errors")
const { startEmbeddedDatabase } = require("./lib/database")
const { buildStorefronts } = require("./lib/storefronts")
const { buildAdmin } = require("./lib/admin-build")
const { ROOT } = require("./lib/medusa")
const { summarize, formatSummary } = require("./lib/test-summary")

const SUITES = ["unit", "integration:modules", "integration:http", "integration:cli", "integration:browser"]
const RESULTS_DIR = path.join(ROOT, ".data", "test-results")

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
    port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330),
    database: "postgres",
    persistent: false,
  })
  process.stdout.write(`Tests use an embedded PostgreSQL on localhost:${db.port}.\n`)
  return { env: databaseEnvFromUrl(db.url), stop: db.stop }
}

function pick(source, keys) {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]))
}

function runJest(suite, env) {
  const outputFile = path.join(RESULTS_DIR, `${suite.replace(":", "-")}.json`)
  fs.rmSync(outputFile, { force: true })
  const args = ["--runInBand", "--forceExit", "--passWithNoTests", "--json", `--outputFile=${outputFile}`, ...process.argv.slice(2)]
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "jest"), args, {
      cwd: ROOT,
      env: { ...env, TEST_TYPE: suite, NODE_OPTIONS: "--experimental-vm-modules" },
      stdio: "inherit",
    })
    child.on("exit", (code) => {
      const report = fs.existsSync(outputFile) ? JSON.parse(fs.readFileSync(outputFile, "utf8")) : null
      resolve({ suite, code, report })
    })
  })
}

async function main() {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.rmSync(path.join(RESULTS_DIR, "summary.txt"), { force: true })
  const db = await testDatabase()
  const stop = () => db.stop().catch(() => {})
  process.on("SIGINT", () => stop().then(() => process.exit(130)))
  const env = { ...process.env, ...db.env, LOG_LEVEL: process.env.LOG_LEVEL ?? "error" }
  delete env.DATABASE_URL

  const runs = []
  for (const suite of SUITES) {
    process.stdout.write(`\n=== ${suite} ===\n`)
    if (suite === "integration:browser") {
      // The journeys run against the built storefronts and admin (built here when their sources changed).
      await buildStorefronts()
      await buildAdmin()
    }
    runs.push(await runJest(suite, env))
  }
  await stop()

  const totals = summarize(runs)
  for (const run of runs) {
    process.stdout.write(`${run.suite}: ${formatSummary(summarize([run]))}\n`)
  }
  fs.writeFileSync(path.join(RESULTS_DIR, "summary.txt"), `${formatSummary(totals)}\n`)
  process.stdout.write(`${formatSummary(totals)}\n`)
  process.exit(totals.ok ? 0 : 1)
}

main().catch(exitWithError)
