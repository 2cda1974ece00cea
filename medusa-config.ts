import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { corsOrigins, httpSecrets, redisModules } from "./src/lib/runtime-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    http: {
      ...corsOrigins(env),
      ...httpSecrets(env),
    },
  },
  admin: {
    disable: env.DISABLE_ADMIN === "true",
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [...redisModules(env)],
})
