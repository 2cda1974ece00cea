import fs from "node:fs"
import path from "node:path"
import { Browser, chromium, Page, Request } from "playwright-core"

/**
 * The storefronts' ports in browser tests. Set before the test runner boots Medusa so that its
 * CORS defaults (src/lib/runtime-config.ts) admit exactly these origins.
 */
export const STOREFRONT_PORTS = { b2c: Number(process.env.BROWSER_B2C_PORT ?? 8310), b2b: Number(process.env.BROWSER_B2B_PORT ?? 8311) }
process.env.B2C_PORT = String(STOREFRONT_PORTS.b2c)
process.env.B2B_PORT = String(STOREFRONT_PORTS.b2b)

const ROOT = path.resolve(__dirname, "..", "..")
export const SCREENSHOT_DIR = path.join(ROOT, ".data", "screenshots")
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStorefronts } = require("../../scripts/lib/storefronts")

/** Serves the built storefronts against the test backend (see scripts/test.js, which builds them). */
export async function startStorefronts(backendUrl: string, keys: { retail: string; wholesale: string }) {
  for (const app of ["b2c", "b2b"]) {
    if (!fs.existsSync(path.join(ROOT, "storefronts", app, "dist", "index.html"))) {
      throw new Error(`storefronts/${app} is not built: run \`npm test\` (it builds them) or \`npm run build --prefix storefronts\``)
    }
  }
  return serveStorefronts({ backendUrl, keys, ports: STOREFRONT_PORTS }) as Promise<{ b2c: string; b2b: string; close: () => Promise<unknown> }>
}

/** Debian's Chromium, headless, with a fresh profile per launch (Playwright makes a temporary one). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  })
}

/** The journey's final page, kept for review under .data/screenshots (git-ignored). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

/** The test backend's URL from the runner's axios instance. */
export const backendUrlOf = (api: unknown) => (api as { defaults: { baseURL: string } }).defaults.baseURL

/**
 * The backend requests ("GET /store/…") a page makes while `action` runs, plus a short settle so
 * a late request is counted too. CORS preflights are the browser's, not the page's: left out.
 */
export async function backendRequestsDuring(page: Page, backendUrl: string, action: () => Promise<void>): Promise<string[]> {
  const backend = new URL(backendUrl).origin
  const seen: string[] = []
  const record = (request: Request) => {
    const url = new URL(request.url())
    if (url.origin === backend && request.method() !== "OPTIONS") seen.push(`${request.method()} ${url.pathname}`)
  }
  page.on("request", record)
  try {
    await action()
    await page.waitForTimeout(750)
  } finally {
    page.off("request", record)
  }
  return seen
}
