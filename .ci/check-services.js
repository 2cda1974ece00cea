// Fails loudly when the PostgreSQL or Redis that CI expects on 127.0.0.1 does not answer.
const net = require("node:net")
const { Client } = require("pg")

async function checkPostgres() {
  const client = new Client({
    host: "127.0.0.1",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
    connectionTimeoutMillis: 5000,
  })
  await client.connect()
  const { rows } = await client.query("select version()")
  await client.end()
  return rows[0].version.split(",")[0]
}

function checkRedis() {
  const { hostname, port } = new URL(process.env.REDIS_URL)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port || 6379), hostname)
    socket.setTimeout(5000, () => reject(new Error("timed out")))
    socket.on("error", reject)
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (data) => {
      socket.end()
      data.toString().startsWith("+PONG") ? resolve("PONG") : reject(new Error(`answered ${data}`))
    })
  })
}

async function main() {
  let failed = false
  for (const [name, check] of [["PostgreSQL", checkPostgres], ["Redis", checkRedis]]) {
    try {
      console.log(`${name}: ${await check()}`)
    } catch (error) {
      console.error(`${name} does not answer on 127.0.0.1: ${error.message}`)
      failed = true
    }
  }
  process.exit(failed ? 1 : 0)
}

main()
