/**
 * The development inbox: maildev (https://github.com/maildev/maildev) in a child process, an SMTP
 * server that keeps every message it receives and shows them on a web page with a REST API
 * (GET /email lists them). `npm start` runs one when no SMTP_URL is set, so a new user sees each
 * message the shop sends; the browser tests run one to read invites and reset links.
 */
const { spawn } = require("node:child_process")
const { StartError } = require("./errors")
const { waitForHttp } = require("./ports")

const MAILDEV = require.resolve("maildev/bin/maildev")

async function startDevInbox({ smtpPort, webPort }) {
  const child = spawn(process.execPath, [MAILDEV, "--smtp", String(smtpPort), "--web", String(webPort), "--ip", "127.0.0.1", "--silent"], {
    stdio: "ignore",
  })
  const webUrl = `http://127.0.0.1:${webPort}`
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
    })
  const up = await waitForHttp(`${webUrl}/healthz`, { timeoutMs: 30_000, isAlive: () => child.exitCode === null })
  if (!up) {
    await stop()
    throw new StartError(`The development inbox (maildev) did not start on ports ${smtpPort}/${webPort}.`)
  }
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, webUrl, stop }
}

module.exports = { startDevInbox }
