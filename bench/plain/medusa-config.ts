import { defineConfig } from "@medusajs/framework/utils"
import { redisModules } from "../../src/lib/runtime-config"

// Plain Medusa for the benchmark's baseline: the same database and infrastructure modules as
// the project, none of the project's code (no src/ here: no hooks, middlewares or modules).
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    http: { storeCors: "*", adminCors: "*", authCors: "*", jwtSecret: "supersecret", cookieSecret: "supersecret" },
  },
  admin: { disable: true },
  modules: [
    ...redisModules(process.env),
    // The seed's tax regions name the project's provider: here Medusa's system provider answers under that id.
    { resolve: "@medusajs/medusa/tax", options: { providers: [{ resolve: require.resolve("./system-tax-provider"), id: "default" }] } },
  ],
})
