import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"

/**
 * compose.yaml and the Dockerfile as `docker compose config` reads them. No Docker engine runs
 * on these machines, so images are neither built nor started here (see the README); the compose
 * CLI validates and resolves the file without one. CI installs Debian's docker-compose when no
 * compose CLI is there; elsewhere the suite is skipped, loudly and counted.
 */
const ROOT = path.resolve(__dirname, "..", "..")
const SECRETS = { JWT_SECRET: "j".repeat(32), COOKIE_SECRET: "c".repeat(32) }

function composeCli(): string[] | null {
  if (spawnSync("docker", ["compose", "version"]).status === 0) return ["docker", "compose"]
  if (spawnSync("docker-compose", ["version"]).status === 0) return ["docker-compose"]
  return null
}

const cli = composeCli()
if (!cli) {
  process.stdout.write("\n!!! SKIPPED: no `docker compose` or `docker-compose` to check compose.yaml with (apt-get install docker-compose) !!!\n\n")
  if (process.env.CI === "true") throw new Error("CI must check compose.yaml: install docker-compose")
}

function composeConfig(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key]
  const [command, ...args] = cli!
  return spawnSync(command, [...args, "-f", path.join(ROOT, "compose.yaml"), "config"], { cwd: ROOT, env: childEnv, encoding: "utf8" })
}

;(cli ? describe : describe.skip)("compose.yaml (docker compose config)", () => {
  let services: Record<string, any>

  beforeAll(() => {
    const result = composeConfig(SECRETS)
    if (result.status !== 0) throw new Error(result.stderr)
    services = parse(result.stdout).services
  })

  it("runs PostgreSQL, Redis, a migration, two servers, one worker, the storefronts and a proxy", () => {
    expect(Object.keys(services).sort()).toEqual(["migrate", "postgres", "proxy", "redis", "server-1", "server-2", "storefronts", "worker"])
    const mode = (name: string) => services[name].environment.MEDUSA_WORKER_MODE
    expect([mode("server-1"), mode("server-2"), mode("worker")]).toEqual(["server", "server", "worker"])
    for (const name of ["server-1", "server-2", "worker"]) {
      expect(services[name].environment).toMatchObject({ DATABASE_URL: expect.stringContaining("@postgres:5432/"), REDIS_URL: "redis://redis:6379" })
      expect(services[name].depends_on.migrate.condition).toBe("service_completed_successfully")
      expect(services[name].image).toBe(services.migrate.image)
    }
    expect(services.migrate.command).toEqual(["node", "scripts/start-prod.js", "--migrate-only"])
    expect(services.storefronts.command).toEqual(["node", "scripts/start-prod.js", "--storefronts-only"])
  })

  it("puts Caddy in front of both servers and the storefronts, passing X-Forwarded-Proto to Medusa", () => {
    expect(services.proxy.image).toMatch(/^caddy:/)
    expect(JSON.stringify(services.proxy.volumes)).toContain("Caddyfile")
    const caddyfile = fs.readFileSync(path.join(ROOT, "deploy", "Caddyfile"), "utf8")
    expect(caddyfile).toMatch(/reverse_proxy server-1:9000 server-2:9000/)
    expect(caddyfile).toMatch(/reverse_proxy storefronts:8000/)
    expect(caddyfile).toMatch(/reverse_proxy storefronts:8001/)
    expect(services["server-1"].environment.ADMIN_CORS).toBe("https://api.localhost")
  })

  it("refuses to resolve without real secrets", () => {
    const result = composeConfig({ JWT_SECRET: undefined, COOKIE_SECRET: undefined })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/JWT_SECRET/)
  })

  it("builds one image from the production build that starts with npm run start:prod's script", () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, "Dockerfile"), "utf8")
    expect(dockerfile).toMatch(/RUN npm run build/)
    expect(dockerfile).toMatch(/CMD \["node", "scripts\/start-prod.js"\]/)
    expect(services.migrate.build.context).toBe(ROOT)
  })
})
