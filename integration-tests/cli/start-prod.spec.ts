import { expectOneLineError, runScript } from "../helpers/cli"
import { freePorts } from "../helpers/production-app"

/**
 * `npm run start:prod` refuses, in one line and before starting anything, what would make a
 * production process unsafe or useless. It needs the production build, which `npm test` makes
 * before this suite. (Starting for real is the topology suite's and the admin browser suite's job.)
 */
jest.setTimeout(120_000)

const SECRETS = { JWT_SECRET: "j".repeat(32), COOKIE_SECRET: "c".repeat(32) }
const database = () => `postgres://${process.env.DB_USERNAME ?? "postgres"}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/postgres`
const startProd = (env: Record<string, string | undefined>) => runScript("start-prod.js", [], { SERVE_STOREFRONTS: "false", ...env })

describe("npm run start:prod refusals", () => {
  it("refuses the development secrets", async () => {
    expectOneLineError(await startProd({ DATABASE_URL: database(), JWT_SECRET: undefined, COOKIE_SECRET: "supersecret" }), /default JWT_SECRET and COOKIE_SECRET/)
  })

  it("refuses a server or worker process without Redis, and a mistyped mode", async () => {
    expectOneLineError(await startProd({ ...SECRETS, DATABASE_URL: database(), MEDUSA_WORKER_MODE: "server" }), /MEDUSA_WORKER_MODE=server needs REDIS_URL/)
    expectOneLineError(await startProd({ ...SECRETS, DATABASE_URL: database(), MEDUSA_WORKER_MODE: "worker" }), /MEDUSA_WORKER_MODE=worker needs REDIS_URL/)
    expectOneLineError(await startProd({ ...SECRETS, DATABASE_URL: database(), MEDUSA_WORKER_MODE: "both" }), /one of shared, server, worker/)
  })

  it("refuses a Redis that does not answer, and a missing DATABASE_URL", async () => {
    const [nothing] = await freePorts(1)
    expectOneLineError(
      await startProd({ ...SECRETS, DATABASE_URL: database(), MEDUSA_WORKER_MODE: "worker", REDIS_URL: `redis://127.0.0.1:${nothing}` }),
      new RegExp(`Cannot reach Redis at 127.0.0.1:${nothing} \\(ECONNREFUSED\\)`)
    )
    expectOneLineError(await startProd({ ...SECRETS, DATABASE_URL: undefined }), /DATABASE_URL is required in production/)
  })
})
