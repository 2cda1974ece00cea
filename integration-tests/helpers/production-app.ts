import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import axios, { AxiosInstance } from "axios"
import { Client } from "pg"

/* eslint-disable @typescript-eslint/no-var-requires */
const { ROOT } = require("../../scripts/lib/medusa")
const { waitForHttp } = require("../../scripts/lib/ports")

/**
 * The shop as a merchant runs it: processes of `npm run start:prod` (scripts/start-prod.js) on
 * the production build that `npm test` makes, each on a free port, with a fresh database of the
 * test PostgreSQL (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD) migrated and seeded through
 * `npm run migrate:prod`.
 */
const START_PROD = path.join(ROOT, "scripts", "start-prod.js")
const LOG_DIR = path.join(ROOT, ".data", "logs")

export type DemoSummary = { admin: { email: string; password: string }; publishableKeys: { retail: string; wholesale: string } }

export type AppProcess = {
  name: string
  url: string
  api: AxiosInstance
  /** Everything the process printed so far (also in .data/logs/app-<name>.log). */
  output: () => string
  /** SIGTERM, as an orchestrator scaling in does; resolves once the process has exited. */
  stop: () => Promise<void>
}

export const freePorts: (count: number) => Promise<number[]> = require("../../scripts/lib/ports").freePorts
export const freePort = async () => (await freePorts(1))[0]

const serverUrl = () => {
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}`
  return `postgres://${credentials}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}`
}

/**
 * A new database named after `purpose`, migrated and seeded with the demo shop; the production
 * environment for its processes (own secrets, its own demo summary file), and a way to drop it.
 */
export async function seededDatabase(purpose: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const database = `${purpose}_${Date.now()}`
  const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `${purpose}-`)), "demo-summary.json")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `${serverUrl()}/${database}`,
    JWT_SECRET: `${purpose}-test-jwt-secret-0123456789abcdef`,
    COOKIE_SECRET: `${purpose}-test-cookie-secret-0123456789abcdef`,
    DEMO_SUMMARY_FILE: summaryFile,
    SERVE_STOREFRONTS: "false",
    ...extraEnv,
  }
  delete env.TEST_TYPE
  delete env.NODE_OPTIONS
  await runToEnd(["--migrate-only"], { ...env, SEED_DEMO: "true" })
  return {
    env,
    summary: JSON.parse(fs.readFileSync(summaryFile, "utf8")) as DemoSummary,
    drop: async () => {
      const admin = new Client({ connectionString: `${serverUrl()}/postgres` })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      await admin.end()
    },
  }
}

function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [START_PROD, ...args], { cwd: ROOT, env })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`start-prod ${args.join(" ")} failed (${code}):\n${out}`))))
  })
}

/** One `npm run start:prod` process on a free port; resolves once it answers /health. */
export async function startAppProcess(name: string, env: NodeJS.ProcessEnv, port?: number): Promise<AppProcess> {
  const appPort = port ?? (await freePort())
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = fs.createWriteStream(path.join(LOG_DIR, `app-${name}.log`))
  const child: ChildProcess = spawn(process.execPath, [START_PROD], { cwd: ROOT, env: { ...env, PORT: String(appPort) } })
  let output = ""
  const collect = (d: Buffer) => {
    output += d
    logFile.write(d)
  }
  child.stdout!.on("data", collect)
  child.stderr!.on("data", collect)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const url = `http://localhost:${appPort}`
  if (!(await waitForHttp(`${url}/health`, { timeoutMs: 180_000, isAlive: () => child.exitCode === null }))) {
    throw new Error(`${name} did not start:\n${output}`)
  }
  return {
    name,
    url,
    api: axios.create({ baseURL: url, validateStatus: () => true }),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM")
      await exited
      logFile.end()
    },
  }
}
