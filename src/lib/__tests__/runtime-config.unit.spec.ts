import { adminDisabled, cachingModule, ConfigurationError, httpSecrets, notificationModule, redisModules, workerMode } from "../runtime-config"

describe("httpSecrets", () => {
  it("falls back to a development secret outside production", () => {
    expect(httpSecrets({})).toEqual({ jwtSecret: "supersecret", cookieSecret: "supersecret" })
  })

  it("refuses to run production on missing or default secrets, naming them", () => {
    expect(() => httpSecrets({ NODE_ENV: "production" })).toThrow(ConfigurationError)
    expect(() => httpSecrets({ NODE_ENV: "production" })).toThrow(/JWT_SECRET and COOKIE_SECRET/)
    expect(() =>
      httpSecrets({ NODE_ENV: "production", JWT_SECRET: "a-long-random-value", COOKIE_SECRET: "supersecret" })
    ).toThrow(/default COOKIE_SECRET/)
  })

  it("accepts real secrets in production", () => {
    const env = { NODE_ENV: "production", JWT_SECRET: "j".repeat(32), COOKIE_SECRET: "c".repeat(32) }
    expect(httpSecrets(env)).toEqual({ jwtSecret: env.JWT_SECRET, cookieSecret: env.COOKIE_SECRET })
  })
})

describe("redisModules", () => {
  it("keeps Medusa's in-process modules without REDIS_URL", () => {
    expect(redisModules({})).toEqual([])
  })

  it("moves event bus, workflow engine, locking and cache to Redis with REDIS_URL", () => {
    const redisUrl = "redis://127.0.0.1:6379"
    const modules = redisModules({ REDIS_URL: redisUrl })
    expect(modules.map((m) => m.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/locking",
      "@medusajs/medusa/cache-redis",
    ])
    const locking = modules[2].options as any
    expect(locking.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/locking-redis", is_default: true, options: { redisUrl } }),
    ])
    expect(modules[1].options).toEqual({ redis: { redisUrl } })
  })
})

describe("workerMode", () => {
  const redis = { REDIS_URL: "redis://127.0.0.1:6379" }

  it("runs everything in one process by default, with or without Redis", () => {
    expect(workerMode({})).toBe("shared")
    expect(workerMode({ MEDUSA_WORKER_MODE: "" })).toBe("shared")
    expect(workerMode({ ...redis, MEDUSA_WORKER_MODE: "shared" })).toBe("shared")
  })

  it("starts server and worker processes only over Redis", () => {
    expect(workerMode({ ...redis, MEDUSA_WORKER_MODE: "server" }, "start")).toBe("server")
    expect(workerMode({ ...redis, MEDUSA_WORKER_MODE: "worker" }, "start")).toBe("worker")
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "server" }, "start")).toThrow(/MEDUSA_WORKER_MODE=server needs REDIS_URL/)
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "worker" }, "start")).toThrow(ConfigurationError)
  })

  it("lets Medusa's one-off commands run as server without Redis (db:migrate sets the mode itself)", () => {
    expect(workerMode({ MEDUSA_WORKER_MODE: "server" }, "db:migrate")).toBe("server")
    expect(workerMode({ MEDUSA_WORKER_MODE: "server" }, "exec")).toBe("server")
  })

  it("names the allowed values for a mistyped mode", () => {
    expect(() => workerMode({ ...redis, MEDUSA_WORKER_MODE: "workers" })).toThrow(/one of shared, server, worker \(got "workers"\)/)
  })
})

describe("adminDisabled", () => {
  const redis = { REDIS_URL: "redis://127.0.0.1:6379" }

  it("serves the admin unless told not to, and never from a worker", () => {
    expect(adminDisabled({})).toBe(false)
    expect(adminDisabled({ DISABLE_ADMIN: "true" })).toBe(true)
    expect(adminDisabled({ ...redis, MEDUSA_WORKER_MODE: "server" })).toBe(false)
    expect(adminDisabled({ ...redis, MEDUSA_WORKER_MODE: "worker" })).toBe(true)
    expect(adminDisabled({ MEDUSA_WORKER_MODE: "worker" })).toBe(true)
  })
})

describe("cachingModule", () => {
  it("uses the Caching Module's in-memory provider without REDIS_URL", () => {
    expect(cachingModule({})).toEqual({ resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } })
  })

  it("shares entries through Redis with REDIS_URL, under a prefix of the database's name", () => {
    const entry = cachingModule({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: "postgres://postgres@localhost:5432/shop_a" })
    const [provider] = (entry.options as any).providers
    expect(provider).toEqual(
      expect.objectContaining({ resolve: "@medusajs/medusa/caching-redis", is_default: true, options: { redisUrl: "redis://127.0.0.1:6379", prefix: "mc:shop_a:" } })
    )
    const other = cachingModule({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: "postgres://postgres@localhost:5432/shop_b" })
    expect((other.options as any).providers[0].options.prefix).toBe("mc:shop_b:")
  })
})

describe("notificationModule", () => {
  const providerOf = (env: Record<string, string>) => (notificationModule(env).options as any).providers[0]

  it("only logs messages without SMTP_URL", () => {
    expect(providerOf({})).toEqual(expect.objectContaining({ resolve: "@medusajs/medusa/notification-local", id: "local" }))
  })

  it("sends email over SMTP_URL, from EMAIL_FROM when set", () => {
    expect(providerOf({ SMTP_URL: "smtp://localhost:1025" })).toEqual(
      expect.objectContaining({ resolve: "./src/modules/smtp-notification", options: expect.objectContaining({ url: "smtp://localhost:1025", channels: ["email"] }) })
    )
    expect(providerOf({ SMTP_URL: "smtp://localhost:1025", EMAIL_FROM: "Shop <a@b.c>" }).options.from).toBe("Shop <a@b.c>")
  })
})
