const fs = require("node:fs")
const path = require("node:path")

// Installed and generated folders do not count as sources.
const SKIPPED = new Set(["node_modules", "dist"])

/** The newest modification time of a file, or of any source file below a folder. */
function newestMtime(target) {
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(target)
    .filter((name) => !SKIPPED.has(name))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0)
}

module.exports = { newestMtime }
