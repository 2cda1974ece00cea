/**
 * The production build of the admin dashboard (with src/admin's extensions), placed where
 * `medusa start` serves it from the project root (public/admin). Rebuilt only when src/admin
 * or the Medusa config changed since the last build. Used by the browser tests of the admin.
 */
const fs = require("node:fs")
const path = require("node:path")
const { ROOT, runMedusaStep } = require("./medusa")
const { newestMtime } = require("./mtime")

const SERVED_DIR = path.join(ROOT, "public", "admin")
const BUILD_DIR = path.join(ROOT, ".medusa", "admin")

async function buildAdmin(env = process.env) {
  const servedIndex = path.join(SERVED_DIR, "index.html")
  const builtAt = fs.existsSync(servedIndex) ? fs.statSync(servedIndex).mtimeMs : 0
  const sourcesAt = Math.max(newestMtime(path.join(ROOT, "src", "admin")), newestMtime(path.join(ROOT, "medusa-config.ts")))
  if (builtAt >= sourcesAt) return false
  await runMedusaStep("admin-build", ["build", "--admin-only"], env)
  fs.rmSync(SERVED_DIR, { recursive: true, force: true })
  fs.cpSync(BUILD_DIR, SERVED_DIR, { recursive: true })
  return true
}

module.exports = { buildAdmin, SERVED_DIR }
