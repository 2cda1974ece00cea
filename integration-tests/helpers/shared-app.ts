import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoData } from "../../src/scripts/seed"
import type { Demo } from "./store-api"

type RunnerOptions = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]

/** One former spec file's tests: defined against the app of the group spec that runs it. */
export type HttpSuite = { name: string; define: (options: RunnerOptions) => void }

export const httpSuite = (name: string, define: HttpSuite["define"]): HttpSuite => ({ name, define })

const say = (line: string) => process.stdout.write(`${line}\n`)

let groupDemo: Demo | null = null

/**
 * The demo shop the group seeded once: every suite starts from exactly that database, so its
 * ids and keys hold for every suite of the group (no suite needs to seed again).
 */
export function seededDemo(): Demo {
  if (!groupDemo) throw new Error("seededDemo() is only available in a suite run by runSharedApp, from its beforeAll on")
  return groupDemo
}

/**
 * Runs several suites against ONE booted, migrated and seeded app (booting costs about 10 s a
 * file; see "Adding an HTTP suite" in the README). Each suite starts from the seeded demo shop,
 * whatever the suite before it left behind, and @medusajs/test-utils restores the database to
 * the state after the suite's own `beforeAll` before each of its tests, as it did when every
 * suite had an app of its own.
 */
export function runSharedApp(suites: HttpSuite[]) {
  jest.setTimeout(600_000)
  medusaIntegrationTestRunner({
    testSuite: (options) => {
      const seeded = `${options.dbConfig.dbName}-seeded`
      beforeAll(async () => {
        groupDemo = await seedDemoData(options.getContainer())
        await options.dbUtils.snapshot({ templateName: seeded })
      })
      // test-utils spreads its factory's dropTemplate into dbUtils without declaring it in the type.
      afterAll(() => (options.dbUtils as unknown as { dropTemplate: (name: string) => Promise<void> }).dropTemplate(seeded))

      for (const suite of suites) {
        describe(suite.name, () => {
          let started = 0
          beforeAll(async () => {
            started = Date.now()
            await options.dbUtils.restore({ templateName: seeded })
          })
          // Restoring the database emits no events, so nothing tells the Caching Module that
          // what it holds is gone: empty it, as anyone restoring a shop's database must.
          beforeEach(() => options.getContainer().resolve(Modules.CACHING).clear({ tags: ["*"] }))
          suite.define(options)
          // After the suite's own beforeAll hooks: the state every test of the suite starts from.
          beforeAll(() => options.dbUtils.snapshot())
          afterAll(() => say(`  suite ${suite.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`))
        })
      }
    },
  })
}
