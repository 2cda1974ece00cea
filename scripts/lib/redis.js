const net = require("node:net")

/** Resolves to null when a Redis answers PING at `url`, else to why not (refused, timed out, ...). */
function pingRedis(url, timeoutMs = 3000) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname)
    const done = (failure) => {
      socket.destroy()
      resolve(failure)
    }
    socket.setTimeout(timeoutMs, () => done("timed out"))
    socket.on("error", (error) => done(error.code ?? error.message))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (data) => done(data.toString().startsWith("+PONG") ? null : `answered ${data.toString().trim()}`))
  })
}

module.exports = { pingRedis }
