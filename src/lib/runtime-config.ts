/**
 * Pure functions that turn the environment into Medusa configuration, kept out of
 * medusa-config.ts so the rules (secrets in production, Redis replacing in-process
 * modules) are unit-tested without booting anything.
 */
export type Env = Record<string, string | undefined>

export const DEV_SECRET = "supersecret"

const WEAK_SECRETS = new Set(["", DEV_SECRET, "secret", "changeme"])

export class ConfigurationError extends Error {}

/** JWT and cookie secrets; in production a missing or default secret is refused. */
export function httpSecrets(env: Env): { jwtSecret: string; cookieSecret: string } {
  const jwtSecret = env.JWT_SECRET ?? ""
  const cookieSecret = env.COOKIE_SECRET ?? ""
  if (env.NODE_ENV === "production") {
    const weak = [
      WEAK_SECRETS.has(jwtSecret) && "JWT_SECRET",
      WEAK_SECRETS.has(cookieSecret) && "COOKIE_SECRET",
    ].filter(Boolean)
    if (weak.length) {
      throw new ConfigurationError(
        `Refusing to start in production with a missing or default ${weak.join(" and ")}: set a long random value.`
      )
    }
  }
  return {
    jwtSecret: jwtSecret || DEV_SECRET,
    cookieSecret: cookieSecret || DEV_SECRET,
  }
}

export const WORKER_MODES = ["shared", "server", "worker"] as const
export type WorkerMode = (typeof WORKER_MODES)[number]

/**
 * Which part of Medusa this process runs (MEDUSA_WORKER_MODE): `shared` (default) serves HTTP and
 * runs subscribers and scheduled jobs; `server` only serves HTTP; `worker` only runs subscribers,
 * scheduled jobs and background workflow steps. A long-running server or worker (`medusa start`)
 * hands events and workflow work to the others through Redis, so it refuses to start without
 * REDIS_URL: with in-process modules its events would never reach a worker. Medusa's one-off
 * commands (`db:migrate`, `exec`, `user`) set `server` for themselves and need no Redis.
 */
export function workerMode(env: Env, command?: string): WorkerMode {
  const mode = env.MEDUSA_WORKER_MODE || "shared"
  if (!(WORKER_MODES as readonly string[]).includes(mode)) {
    throw new ConfigurationError(`MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")} (got "${mode}").`)
  }
  if (mode !== "shared" && command === "start" && !env.REDIS_URL) {
    throw new ConfigurationError(
      `MEDUSA_WORKER_MODE=${mode} needs REDIS_URL: server and worker processes share events, workflows and locks through Redis.`
    )
  }
  return mode as WorkerMode
}

/** The admin dashboard is served unless DISABLE_ADMIN=true, and never by a worker (it serves no HTTP). */
export function adminDisabled(env: Env): boolean {
  return env.DISABLE_ADMIN === "true" || workerMode(env) === "worker"
}

type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

/**
 * With REDIS_URL the event bus, workflow engine, locking and cache move to Redis, so that
 * several server processes share events, workflow state and locks. Without it Medusa's
 * in-process defaults serve (one process only).
 */
export function redisModules(env: Env): ModuleEntry[] {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return []
  }
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
  ]
}

/**
 * Medusa's Caching Module (with the `caching` feature flag, see medusa-config.ts): its built-in
 * in-memory provider for one process, or Redis with REDIS_URL so that every server process
 * reads the same entries and an invalidation in one clears them for all. Keys are prefixed with
 * the database name: two shops (or a test run and the bench) on one Redis never share entries.
 */
export function cachingModule(env: Env): ModuleEntry {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) {
    return { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }
  }
  const database = databaseName(env.DATABASE_URL) ?? "medusa"
  return {
    resolve: "@medusajs/medusa/caching",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/caching-redis",
          id: "caching-redis",
          is_default: true,
          options: { redisUrl, prefix: `mc:${database}:` },
        },
      ],
    },
  }
}

function databaseName(databaseUrl: string | undefined): string | null {
  if (!databaseUrl) return null
  try {
    return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, "")) || null
  } catch {
    return null
  }
}

/**
 * Medusa's Notification Module with the shop's email provider: SMTP (src/modules/smtp-notification)
 * when SMTP_URL is set, which `npm start` does with its development inbox; otherwise Medusa's
 * local provider, which only logs each message (the module still stores it).
 */
export function notificationModule(env: Env): ModuleEntry {
  const email = env.SMTP_URL
    ? { resolve: "./src/modules/smtp-notification", id: "smtp", options: { channels: ["email"], url: env.SMTP_URL, from: env.EMAIL_FROM ?? "Bean & Leaf <shop@example.com>" } }
    : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }
  return { resolve: "@medusajs/medusa/notification", options: { providers: [email] } }
}

/**
 * Comma-separated CORS origins; by default the two storefronts on B2C_PORT / B2B_PORT (8000,
 * 8001, as `npm start` serves them) and the admin dev ports.
 */
export function corsOrigins(env: Env) {
  const storefronts = `http://localhost:${env.B2C_PORT ?? 8000},http://localhost:${env.B2B_PORT ?? 8001}`
  const admin = "http://localhost:9000,http://localhost:5173"
  return {
    storeCors: env.STORE_CORS ?? storefronts,
    adminCors: env.ADMIN_CORS ?? admin,
    authCors: env.AUTH_CORS ?? `${storefronts},${admin}`,
  }
}
