import { DemoSummary, seededDatabase, startAppProcess } from "./production-app"

export type AdminServer = { url: string; summary: DemoSummary; stop: () => Promise<void> }

/**
 * The backend as a merchant meets it: `npm run start:prod` serving the built admin (the
 * production build `npm test` makes) on a fresh seeded database, on BROWSER_ADMIN_PORT (a free
 * port `npm test` picks) or any free port. medusaIntegrationTestRunner cannot serve this: it
 * always disables the admin.
 */
export async function startAdminServer(): Promise<AdminServer> {
  const db = await seededDatabase("admin_browser", { LOG_LEVEL: "error" })
  const app = await startAppProcess("admin-browser", db.env, process.env.BROWSER_ADMIN_PORT ? Number(process.env.BROWSER_ADMIN_PORT) : undefined)
  return {
    url: app.url,
    summary: db.summary,
    stop: async () => {
      await app.stop()
      await db.drop()
    },
  }
}
