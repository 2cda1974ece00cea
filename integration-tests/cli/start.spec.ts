import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { commandEnv, expectOneLineError, ROOT, runScript } from "../helpers/cli"
import { freePorts } from "../helpers/production-app"

/**
 * `npm start` as a user runs it: bad input ends with one clear line and no stack trace, and
 * with no DATABASE_URL it brings up an embedded PostgreSQL, the backend and the admin, stops
 * cleanly on Ctrl-C, and reuses its data on the next start. Every port is a free one, so the
 * suite passes while the developer's own `npm start` holds the default ports.
 */
jest.setTimeout(600_000)

const START = path.join(ROOT, "scripts", "start.js")
const run = (args: string[], env: Record<string, string | undefined>) => runScript("start.js", args, env)

function occupyPort(): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const port = (server.address() as net.AddressInfo).port
      resolve({ port, close: () => new Promise((r) => server.close(() => r())) })
    })
  })
}

describe("npm start / npm run seed on bad input", () => {
  it("reports an unreachable DATABASE_URL in one line", async () => {
    const closed = await occupyPort()
    await closed.close() // now nothing listens there
    const url = `postgres://postgres@127.0.0.1:${closed.port}/shop`
    const [backend, b2c, b2b] = (await freePorts(3)).map(String)
    const ports = { PORT: backend, B2C_PORT: b2c, B2B_PORT: b2b }
    expectOneLineError(await run([], { DATABASE_URL: url, ...ports }), /Cannot connect to PostgreSQL at 127.0.0.1:\d+: connection refused/)
    expectOneLineError(await run(["--seed-only"], { DATABASE_URL: url }), /connection refused/)
  })

  it("reports a malformed DATABASE_URL in one line", async () => {
    expectOneLineError(await run(["--seed-only"], { DATABASE_URL: "localhost:5432" }), /DATABASE_URL must start with postgres:\/\//)
  })

  it("reports a busy backend port and a busy embedded-database port in one line", async () => {
    const busy = await occupyPort()
    try {
      expectOneLineError(
        await run([], { DATABASE_URL: undefined, PORT: String(busy.port) }),
        new RegExp(`Port ${busy.port} \\(Medusa backend\\) is already in use`)
      )
      expectOneLineError(
        await run(["--seed-only"], { DATABASE_URL: undefined, EMBEDDED_PG_PORT: String(busy.port) }),
        new RegExp(`Port ${busy.port} \\(embedded PostgreSQL\\) is already in use`)
      )
    } finally {
      await busy.close()
    }
  })
})

describe("npm start on a machine with no database", () => {
  const dataDir = path.join(ROOT, ".data", "cli-test-postgres")
  let port: number
  let env: Record<string, string | undefined>

  beforeAll(async () => {
    const [backend, database, b2c, b2b] = await freePorts(4)
    port = backend
    env = { DATABASE_URL: undefined, PORT: String(backend), EMBEDDED_PG_PORT: String(database), EMBEDDED_PG_DIR: dataDir, B2C_PORT: String(b2c), B2B_PORT: String(b2b) }
  })
  beforeAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  async function startUntilReady() {
    const child = spawn(process.execPath, [START], { cwd: ROOT, env: commandEnv(env) })
    let out = ""
    child.stdout!.on("data", (d) => (out += d))
    child.stderr!.on("data", (d) => (out += d))
    const deadline = Date.now() + 240_000
    while (!/Press Ctrl-C to stop/.test(out)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`start did not become ready:\n${out}`)
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    return { child, output: () => out }
  }

  async function stop(child: ChildProcess) {
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)))
    child.kill("SIGINT")
    return exited
  }

  it("migrates, seeds, serves store API and admin, stops on Ctrl-C, and reuses the data next time", async () => {
    const first = await startUntilReady()
    const retailKey = first.output().match(/Retail key \(B2C\)\s+(pk_\w+)/)![1]
    expect(first.output()).toMatch(/Wholesale key \(B2B\)\s+pk_\w+/)
    expect(first.output()).toMatch(/Admin login\s+admin@example.com \/ \S+/)

    const products = await fetch(`http://localhost:${port}/store/products?limit=1`, {
      headers: { "x-publishable-api-key": retailKey },
    }).then((r) => r.json())
    expect(products.count).toBeGreaterThan(15)
    const admin = await fetch(`http://localhost:${port}/app`)
    expect(admin.status).toBe(200)
    // Both storefronts are served, each configured with its own key and this backend.
    expect(first.output()).toMatch(new RegExp(`B2C shop\\s+http://localhost:${env.B2C_PORT}`))
    expect(first.output()).toMatch(new RegExp(`B2B portal\\s+http://localhost:${env.B2B_PORT}`))
    const wholesaleKey = first.output().match(/Wholesale key \(B2B\)\s+(pk_\w+)/)![1]
    for (const [storefront, key] of [[env.B2C_PORT, retailKey], [env.B2B_PORT, wholesaleKey]]) {
      const page = await fetch(`http://localhost:${storefront}/products/anything`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<div id="root">')
      const config = await fetch(`http://localhost:${storefront}/storefront-config.js`).then((r) => r.text())
      expect(config).toContain(`"publishableKey":"${key}"`)
      expect(config).toContain(`"backendUrl":"http://localhost:${port}"`)
    }

    expect(await stop(first.child)).toBe(0)
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false)

    const second = await startUntilReady()
    const sameKey = second.output().match(/Retail key \(B2C\)\s+(pk_\w+)/)![1]
    expect(sameKey).toBe(retailKey)
    const again = await fetch(`http://localhost:${port}/store/products?limit=1`, {
      headers: { "x-publishable-api-key": retailKey },
    }).then((r) => r.json())
    expect(again.count).toBe(products.count)
    expect(await stop(second.child)).toBe(0)
  })
})
