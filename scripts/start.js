#!/usr/bin/env node
/**
 * `npm start`: everything a fresh machine needs to run the shop. Uses DATABASE_URL when set,
 * otherwise an embedded PostgreSQL under .data/postgres; migrates, seeds (idempotently) and
 * starts Medusa with the admin dashboard, and serves the two storefronts (built on first use):
 * the B2C shop on B2C_PORT (8000) and the B2B portal on B2B_PORT (8001). Without SMTP_URL it
 * also runs a development inbox (maildev: SMTP on MAILDEV_SMTP_PORT 1025, web page on
 * MAILDEV_WEB_PORT 1080) and sends every email there. `npm run seed` stops after seeding.
 * Ctrl-C stops Medusa and then the embedded PostgreSQL.
 */
const fs = require("node:fs")
const path = require("node:path")
const { StartError } = require("./lib/errors")
const { ensureExternalDatabase, startEmbeddedDatabase } = require("./lib/database")
const { assertPortFree, waitForHttp } = require("./lib/ports")
const { ROOT, runMedusaStep, spawnMedusa } = require("./lib/medusa")
const { startDevInbox } = require("./lib/dev-inbox")
const { createRunning } = require("./lib/running")
const { buildStorefronts, serveStorefronts } = require("./lib/storefronts")

const seedOnly = process.argv.includes("--seed-only")
const port = Number(process.env.PORT ?? 9000)
const storefrontPorts = { b2c: Number(process.env.B2C_PORT ?? 8000), b2b: Number(process.env.B2B_PORT ?? 8001) }
const inboxPorts = { smtp: Number(process.env.MAILDEV_SMTP_PORT ?? 1025), web: Number(process.env.MAILDEV_WEB_PORT ?? 1080) }
const embeddedPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
const embeddedDir = path.resolve(ROOT, process.env.EMBEDDED_PG_DIR ?? path.join(".data", "postgres"))
const say = (line) => process.stdout.write(`${line}\n`)

const running = createRunning()

async function prepareDatabase() {
  if (process.env.DATABASE_URL) {
    await ensureExternalDatabase(process.env.DATABASE_URL)
    say(`Using the PostgreSQL in DATABASE_URL.`)
    return process.env.DATABASE_URL
  }
  const db = await startEmbeddedDatabase({
    dataDir: embeddedDir,
    port: embeddedPort,
    database: "medusa",
  })
  running.stopDatabase = db.stop
  say(`Embedded PostgreSQL running on localhost:${embeddedPort} (data in ${path.relative(ROOT, embeddedDir)}).`)
  return db.url
}

const readSummary = () => JSON.parse(fs.readFileSync(path.join(ROOT, ".data", "demo-summary.json"), "utf8"))

function printSummary() {
  const summary = readSummary()
  const base = `http://localhost:${port}`
  say("")
  if (running.storefronts) {
    say("  B2C shop             " + running.storefronts.b2c)
    say("  B2B portal           " + running.storefronts.b2b)
  }
  say("  Backend + store API  " + base)
  say("  Admin dashboard      " + `${base}/app`)
  say("  Email                " + (running.inbox ? `${running.inbox.webUrl} (development inbox: every message the shop sends)` : `sent through SMTP_URL`))
  say(`  Admin login          ${summary.admin.email} / ${summary.admin.password}`)
  say(`  Demo shopper         ${summary.customer.email} / ${summary.customer.password}`)
  if (summary.businessBuyers?.length) {
    say(`  Business buyers      ${summary.businessBuyers.join(", ")} / ${summary.businessPassword}`)
  }
  say(`  Retail key (B2C)     ${summary.publishableKeys.retail}`)
  say(`  Wholesale key (B2B)  ${summary.publishableKeys.wholesale}`)
  say("  Press Ctrl-C to stop.")
  say("")
}

async function main() {
  if (!seedOnly) {
    await assertPortFree(port, "Medusa backend", "PORT")
    await assertPortFree(storefrontPorts.b2c, "B2C shop", "B2C_PORT")
    await assertPortFree(storefrontPorts.b2b, "B2B portal", "B2B_PORT")
    if (!process.env.SMTP_URL) {
      await assertPortFree(inboxPorts.smtp, "development inbox SMTP", "MAILDEV_SMTP_PORT")
      await assertPortFree(inboxPorts.web, "development inbox web page", "MAILDEV_WEB_PORT")
    }
  }
  const databaseUrl = await prepareDatabase()
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) }

  const migrateSeconds = await runMedusaStep("migrate", ["db:migrate"], env)
  say(`Database migrated in ${migrateSeconds.toFixed(1)} s.`)
  const seedSeconds = await runMedusaStep("seed", ["exec", "./src/scripts/seed.ts"], env)
  say(`Demo data checked/seeded in ${seedSeconds.toFixed(1)} s.`)
  if (seedOnly) {
    printSummary()
    return running.shutdown(0)
  }

  // Before Medusa starts: `medusa develop` restarts on any file written outside the root's own
  // node_modules/dist, and installing or building the storefronts writes under storefronts/.
  const buildStarted = Date.now()
  await buildStorefronts()
  say(`Storefronts ready in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.`)

  if (!process.env.SMTP_URL) {
    running.inbox = await startDevInbox({ smtpPort: inboxPorts.smtp, webPort: inboxPorts.web })
    env.SMTP_URL = running.inbox.smtpUrl
  }

  const started = Date.now()
  const medusa = spawnMedusa(["develop"], env)
  running.watchMedusa(medusa, "Medusa")
  const up = await waitForHttp(`http://localhost:${port}/health`, {
    timeoutMs: 180_000,
    isAlive: () => medusa.exitCode === null,
  })
  if (!up) {
    throw new StartError(`Medusa did not answer on port ${port} within 3 minutes.`)
  }
  say(`Medusa ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  running.storefronts = await serveStorefronts({ backendUrl: `http://localhost:${port}`, keys: readSummary().publishableKeys, ports: storefrontPorts })
  printSummary()
}

main().catch(running.fail)
