import { STOREFRONT_PORTS } from "./browser"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { startDevInbox } = require("../../scripts/lib/dev-inbox")

/** The development inbox's ports in browser tests: next to the storefronts' (so parallel runs on other ports never share it). */
const INBOX_PORTS = {
  smtp: Number(process.env.BROWSER_MAILDEV_SMTP_PORT ?? STOREFRONT_PORTS.b2c + 20),
  web: Number(process.env.BROWSER_MAILDEV_WEB_PORT ?? STOREFRONT_PORTS.b2c + 21),
}

export type InboxEmail = { subject: string; text: string; html: string; to: { address: string }[]; attachments?: { contentType: string; fileName?: string }[] }

/**
 * The shop's real email path in a browser test: call at the top of a spec, before
 * medusaIntegrationTestRunner, so that the app boots with SMTP_URL on a maildev inbox (started
 * before the app, stopped after). Messages are read back through maildev's REST API.
 */
export function useDevInbox() {
  // Test files share the worker's environment: the next spec must not send to a stopped inbox.
  const previousSmtpUrl = process.env.SMTP_URL
  process.env.SMTP_URL = `smtp://127.0.0.1:${INBOX_PORTS.smtp}`
  const webUrl = `http://127.0.0.1:${INBOX_PORTS.web}`
  let inbox: { stop: () => Promise<void> } | null = null
  beforeAll(async () => {
    inbox = await startDevInbox({ smtpPort: INBOX_PORTS.smtp, webPort: INBOX_PORTS.web })
  }, 60_000)
  afterAll(async () => {
    await inbox?.stop()
    if (previousSmtpUrl === undefined) delete process.env.SMTP_URL
    else process.env.SMTP_URL = previousSmtpUrl
  })

  /** The newest message to `to` whose subject matches, waiting up to 30 s for it to arrive. */
  async function waitForEmail(to: string, subject: RegExp): Promise<InboxEmail & { link: string | null }> {
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      const emails = (await (await fetch(`${webUrl}/email`)).json()) as InboxEmail[]
      const found = emails.reverse().find((email) => email.to.some((r) => r.address.toLowerCase() === to.toLowerCase()) && subject.test(email.subject))
      // The HTML's button is the message's action: what a reader clicks.
      if (found) return { ...found, link: found.html.match(/<a href="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&") ?? null }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`No email to ${to} matching ${subject} arrived in the development inbox within 30 s`)
  }

  return { webUrl, waitForEmail }
}
