import Redis from "ioredis"
import { Client } from "pg"
import { AppProcess, DemoSummary, seededDatabase, startAppProcess } from "./production-app"

export type Cluster = {
  servers: [AppProcess, AppProcess]
  worker: AppProcess
  summary: DemoSummary
  sql: <T = any>(text: string, params?: unknown[]) => Promise<T[]>
  stop: () => Promise<void>
}

/**
 * The shop as it scales out: two server processes and one worker from the production build, on
 * a fresh seeded database and a Redis logical database of their own (TOPOLOGY_REDIS_DB, 13 by
 * default, emptied before and after). Scheduled jobs fire every 3 s so a test sees where they run.
 */
export async function startCluster(redisBaseUrl: string): Promise<Cluster> {
  const redisUrl = new URL(redisBaseUrl)
  redisUrl.pathname = `/${process.env.TOPOLOGY_REDIS_DB ?? 13}`
  const redis = new Redis(redisUrl.toString(), { lazyConnect: true, maxRetriesPerRequest: 1 })
  await redis.connect()
  await redis.flushdb()

  const db = await seededDatabase("topology", {
    REDIS_URL: redisUrl.toString(),
    DISABLE_ADMIN: "true",
    LOG_LEVEL: "info",
    EXPIRE_QUOTES_SCHEDULE: "*/3 * * * * *",
    MARK_OVERDUE_INVOICES_SCHEDULE: "*/3 * * * * *",
    RUN_RECURRING_ORDERS_SCHEDULE: "*/3 * * * * *",
  })
  const processes = await Promise.all([
    startAppProcess("server-a", { ...db.env, MEDUSA_WORKER_MODE: "server" }),
    startAppProcess("server-b", { ...db.env, MEDUSA_WORKER_MODE: "server" }),
    startAppProcess("worker", { ...db.env, MEDUSA_WORKER_MODE: "worker" }),
  ])
  const client = new Client({ connectionString: db.env.DATABASE_URL })
  await client.connect()
  return {
    servers: [processes[0], processes[1]],
    worker: processes[2],
    summary: db.summary,
    sql: async (text, params) => (await client.query(text, params as any[])).rows,
    stop: async () => {
      await Promise.all(processes.map((p) => p.stop()))
      await client.end()
      await redis.flushdb()
      await redis.quit()
      await db.drop()
    },
  }
}
