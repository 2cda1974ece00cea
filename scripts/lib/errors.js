/**
 * Turns the errors a user can cause (bad DATABASE_URL, busy port, stale database process)
 * into one readable line instead of a stack trace.
 */
class StartError extends Error {}

const describeTarget = (url) => {
  try {
    const u = new URL(url)
    return `${u.hostname}:${u.port || 5432}`
  } catch {
    return "the configured host"
  }
}

/** One line for a failed PostgreSQL connection attempt. */
function databaseConnectionMessage(error, url) {
  const target = describeTarget(url)
  const hint = "Check DATABASE_URL, or unset it to use the embedded PostgreSQL."
  switch (error && error.code) {
    case "ECONNREFUSED":
      return `Cannot connect to PostgreSQL at ${target}: connection refused (is the server running?). ${hint}`
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to PostgreSQL: the host of ${target} does not resolve. ${hint}`
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return `Cannot connect to PostgreSQL at ${target}: timed out. ${hint}`
    case "28P01":
    case "28000":
      return `PostgreSQL at ${target} refused the credentials in DATABASE_URL. ${hint}`
    default:
      return `Cannot connect to PostgreSQL at ${target}: ${oneLine(error)}. ${hint}`
  }
}

function oneLine(error) {
  const text = (error && (error.message || String(error))) || "unknown error"
  return text.split("\n")[0].trim()
}

/** Prints an error as one line and exits; unexpected errors keep their first line too. */
function exitWithError(error) {
  const message = error instanceof StartError ? error.message : oneLine(error)
  process.stderr.write(`Error: ${message}\n`)
  process.exit(1)
}

module.exports = { StartError, databaseConnectionMessage, exitWithError, oneLine }
