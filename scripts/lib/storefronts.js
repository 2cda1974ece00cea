/**
 * The two storefronts (storefronts/b2c, storefronts/b2b): installed and built on demand, then
 * served as static sites with their runtime config (backend URL + publishable key).
 */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { StartError } = require("./errors")
const { ROOT } = require("./medusa")
const { serveStorefront } = require("./static-server")
const { newestMtime } = require("./mtime")

const STOREFRONTS_DIR = path.join(ROOT, "storefronts")
const LOG_DIR = path.join(ROOT, ".data", "logs")
const APPS = ["b2c", "b2b"]

function run(name, command, args) {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = path.join(LOG_DIR, `${name}.log`)
  const out = fs.openSync(logFile, "w")
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: STOREFRONTS_DIR, stdio: ["ignore", out, out] })
    child.on("error", (error) => reject(new StartError(`${name}: ${error.message}`)))
    child.on("exit", (code) => {
      fs.closeSync(out)
      code === 0 ? resolve() : reject(new StartError(`${name} failed (exit code ${code}); the log is in ${path.relative(process.cwd(), logFile)}`))
    })
  })
}

/** Installs the storefront workspace when needed and builds each app whose sources changed. */
async function buildStorefronts() {
  if (!fs.existsSync(path.join(STOREFRONTS_DIR, "node_modules", ".package-lock.json"))) {
    await run("storefronts-install", "npm", ["install", "--no-audit", "--no-fund"])
  }
  // The storefronts import the backend's contract types and codes from src/lib (refusal codes, readiness, quote acceptance).
  const sharedChanged = Math.max(newestMtime(path.join(STOREFRONTS_DIR, "shared")), newestMtime(path.join(ROOT, "src", "lib")))
  for (const app of APPS) {
    const dist = path.join(STOREFRONTS_DIR, app, "dist", "index.html")
    const builtAt = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0
    if (builtAt < Math.max(sharedChanged, newestMtime(path.join(STOREFRONTS_DIR, app)))) {
      await run(`storefront-${app}-build`, "npm", ["run", "build", "-w", app])
    }
  }
}

/** Serves both built storefronts; `keys` holds the Retail and Wholesale publishable keys. */
async function serveStorefronts({ backendUrl, keys, ports, host }) {
  const b2c = await serveStorefront({ distDir: path.join(STOREFRONTS_DIR, "b2c", "dist"), port: ports.b2c, host, config: { backendUrl, publishableKey: keys.retail } })
  const b2b = await serveStorefront({ distDir: path.join(STOREFRONTS_DIR, "b2b", "dist"), port: ports.b2b, host, config: { backendUrl, publishableKey: keys.wholesale } })
  return { b2c: b2c.url, b2b: b2b.url, close: () => Promise.all([b2c.close(), b2b.close()]) }
}

module.exports = { buildStorefronts, serveStorefronts, STOREFRONTS_DIR }
