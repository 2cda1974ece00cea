import { ChildProcess, spawn } from "node:child_process"
import path from "node:path"
import { Client } from "pg"

/* eslint-disable @typescript-eslint/no-var-requires */
const { ROOT, runMedusaStep, stopMedusa } = require("../../scripts/lib/medusa")
const { waitForHttp } = require("../../scripts/lib/ports")
const { SERVED_DIR } = require("../../scripts/lib/admin-build")

export type AdminServer = { url: string; databaseUrl: string; stop: () => Promise<void> }

/**
 * The backend as a merchant meets it: `medusa start` in production mode serving the built
 * admin (scripts/lib/admin-build.js, run by `npm test`), on a fresh database of the test
 * PostgreSQL (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD), migrated and seeded with the demo data.
 * medusaIntegrationTestRunner cannot serve this: it always disables the admin.
 */
export async function startAdminServer(port = Number(process.env.BROWSER_ADMIN_PORT ?? 9620)): Promise<AdminServer> {
  const database = `admin_browser_${Date.now()}`
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}`
  const server = `postgres://${credentials}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}`
  const admin = new Client({ connectionString: `${server}/postgres` })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()
  const databaseUrl = `${server}/${database}`
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: "production",
    JWT_SECRET: "browser-test-jwt-secret-0123456789abcdef",
    COOKIE_SECRET: "browser-test-cookie-secret-0123456789abcdef",
    LOG_LEVEL: "error",
  }
  delete (env as Record<string, unknown>).TEST_TYPE
  await runMedusaStep("admin-test-migrate", ["db:migrate"], env)
  await runMedusaStep("admin-test-seed", ["exec", "./src/scripts/seed.ts"], env)
  if (!require("node:fs").existsSync(path.join(SERVED_DIR, "index.html"))) {
    throw new Error("The admin is not built: run `npm test` (it builds it) or scripts/lib/admin-build.js")
  }
  const child: ChildProcess = spawn(path.join(ROOT, "node_modules", ".bin", "medusa"), ["start"], { cwd: ROOT, env, stdio: "ignore", detached: true })
  const url = `http://localhost:${port}`
  const up = await waitForHttp(`${url}/health`, { timeoutMs: 120_000, isAlive: () => child.exitCode === null })
  if (!up) throw new Error(`medusa start did not answer on ${url}`)
  return {
    url,
    databaseUrl,
    stop: async () => {
      await stopMedusa(child)
      const client = new Client({ connectionString: `${server}/postgres` })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      await client.end()
    },
  }
}
