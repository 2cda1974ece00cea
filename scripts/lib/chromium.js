/**
 * The Chromium the browser suite drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium. On a
 * machine without it, `npm test` installs Debian's package when it runs as root with apt-get
 * (as CI does), and otherwise stops with one line saying how, rather than count a suite that
 * never ran.
 */
const fs = require("node:fs")
const { spawnSync } = require("node:child_process")
const { StartError } = require("./errors")

const chromiumPath = (env = process.env) => env.CHROMIUM_PATH || "/usr/bin/chromium"

const HOW = "install Debian's Chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary"

function canInstallWithApt() {
  return typeof process.getuid === "function" && process.getuid() === 0 && spawnSync("apt-get", ["--version"]).status === 0
}

async function ensureChromium(say) {
  const target = chromiumPath()
  if (fs.existsSync(target)) return target
  if (process.env.CHROMIUM_PATH) throw new StartError(`CHROMIUM_PATH points at ${target}, which does not exist: ${HOW}.`)
  if (!canInstallWithApt()) throw new StartError(`The browser tests need Chromium and there is none at ${target}: ${HOW}.`)
  say("No Chromium found: installing Debian's chromium package (apt-get, about a minute)...")
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" })
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
  if (update.status !== 0 || install.status !== 0 || !fs.existsSync(target)) {
    throw new StartError(`Installing Chromium with apt-get failed: ${HOW}.`)
  }
  return target
}

module.exports = { ensureChromium, chromiumPath }
