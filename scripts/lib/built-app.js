/**
 * The production build of the backend and admin (`medusa build` into .medusa/server). It runs
 * with the project's node_modules (Node finds them in the parent folders), so no second install.
 */
const fs = require("node:fs")
const path = require("node:path")
const { StartError } = require("./errors")
const { ROOT, runMedusaStep } = require("./medusa")
const { newestMtime } = require("./mtime")

const BUILD_DIR = path.join(ROOT, ".medusa", "server")
const BUILT_CONFIG = path.join(BUILD_DIR, "medusa-config.js")
const BUILT_ADMIN = path.join(BUILD_DIR, "public", "admin", "index.html")

const sourcesChangedAt = () =>
  Math.max(newestMtime(path.join(ROOT, "src")), newestMtime(path.join(ROOT, "medusa-config.ts")), newestMtime(path.join(ROOT, "package-lock.json")))

/** True when the build holds the backend and the admin and is newer than every source. */
function isBuildCurrent() {
  return fs.existsSync(BUILT_ADMIN) && fs.statSync(BUILT_ADMIN).mtimeMs >= sourcesChangedAt()
}

/** `medusa build` (backend and admin); with `ifChanged`, only when a source is newer than the build. */
async function buildApp({ ifChanged = false, env = process.env } = {}) {
  if (ifChanged && isBuildCurrent()) return 0
  const buildEnv = { ...env, DISABLE_ADMIN: "false" }
  delete buildEnv.MEDUSA_WORKER_MODE
  return runMedusaStep("build", ["build"], buildEnv)
}

function assertBuilt() {
  if (!fs.existsSync(BUILT_CONFIG)) {
    throw new StartError("There is no production build in .medusa/server: run `npm run build` first.")
  }
}

/** Loads a compiled module of the build, for example src/lib/runtime-config. */
const requireBuilt = (relative) => require(path.join(BUILD_DIR, relative))

module.exports = { BUILD_DIR, buildApp, assertBuilt, requireBuilt, isBuildCurrent }
