const net = require("node:net")
const { StartError } = require("./errors")

/** Resolves when nothing listens on the port; refuses with a clear message otherwise. */
function assertPortFree(port, what, envVar) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") {
        reject(
          new StartError(
            `Port ${port} (${what}) is already in use: stop the program using it or set ${envVar} to another port.`
          )
        )
      } else {
        reject(error)
      }
    })
    server.once("listening", () => server.close(() => resolve()))
    server.listen(port)
  })
}

/** `count` distinct ports nothing listens on now (all held open until all are found). */
async function freePorts(count) {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve, reject) => {
      const server = net.createServer().listen(0, () => resolve(server))
      server.once("error", reject)
    }))
  )
  const ports = servers.map((server) => server.address().port)
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  return ports
}

async function waitForHttp(url, { timeoutMs, isAlive }) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) {
      return false
    }
    try {
      const res = await fetch(url)
      if (res.ok) {
        return true
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

module.exports = { assertPortFree, freePorts, waitForHttp }
