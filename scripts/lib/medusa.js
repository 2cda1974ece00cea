/** Runs Medusa CLI commands as child processes with the chosen database. */
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const { StartError } = require("./errors")

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const LOG_DIR = path.join(ROOT, ".data", "logs")

/**
 * Runs `medusa <args>` to completion with its output in .data/logs/<name>.log; in `cwd`, the
 * project (sources, the default) or its production build (.medusa/server).
 */
function runMedusaStep(name, args, env, cwd = ROOT) {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const logFile = path.join(LOG_DIR, `${name}.log`)
  const out = fs.openSync(logFile, "w")
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd, env, stdio: ["ignore", out, out] })
    child.on("error", (error) => reject(new StartError(`Could not run medusa ${args[0]}: ${error.message}`)))
    child.on("exit", (code, signal) => {
      fs.closeSync(out)
      if (code === 0) {
        resolve((Date.now() - started) / 1000)
      } else {
        const rel = path.relative(process.cwd(), logFile)
        reject(new StartError(`${name} failed (${signal ?? `exit code ${code}`}); the full log is in ${rel}`))
      }
    })
  })
}

/**
 * Starts a long-running `medusa <args>` that shares this terminal, in its own process group:
 * `medusa develop` runs the server in a grandchild, which must stop with it.
 */
function spawnMedusa(args, env, { cwd = ROOT, stdio = "inherit" } = {}) {
  return spawn(MEDUSA_BIN, args, { cwd, env, stdio, detached: true })
}

/** Stops the whole process group of a child started by spawnMedusa and waits for it. */
async function stopMedusa(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    child.kill("SIGTERM")
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }, 15_000)
  await exited
  clearTimeout(timer)
}

module.exports = { ROOT, runMedusaStep, spawnMedusa, stopMedusa }
