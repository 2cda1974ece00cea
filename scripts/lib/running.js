/**
 * What a start script has running (storefronts, Medusa, a development inbox, an embedded
 * database), stopped once and in that order (Medusa before its database) on Ctrl-C, SIGTERM, an
 * error or Medusa's own exit.
 */
const { exitWithError } = require("./errors")
const { stopMedusa } = require("./medusa")

function createRunning() {
  const running = { medusa: null, storefronts: null, inbox: null, stopDatabase: async () => {}, stopping: false }

  async function stopAll() {
    running.stopping = true
    if (running.storefronts) await running.storefronts.close().catch(() => {})
    if (running.medusa) await stopMedusa(running.medusa)
    if (running.inbox) await running.inbox.stop()
    await running.stopDatabase().catch(() => {})
  }

  /** Stops everything and exits with `code`; a second call while stopping does nothing. */
  running.shutdown = async (code) => {
    if (running.stopping) return
    await stopAll()
    process.exit(code)
  }

  /** Stops everything, then prints the error as one line and exits 1. */
  running.fail = async (error) => {
    await stopAll()
    exitWithError(error)
  }

  /** Medusa started as `child`: its exit, unless we are stopping it, ends the script with an error. */
  running.watchMedusa = (child, what) => {
    running.medusa = child
    child.on("exit", (code) => {
      if (!running.stopping) {
        process.stderr.write(`Error: ${what} exited unexpectedly (code ${code}).\n`)
        running.shutdown(1)
      }
    })
  }

  process.on("SIGINT", () => running.shutdown(0))
  process.on("SIGTERM", () => running.shutdown(0))
  return running
}

module.exports = { createRunning }
