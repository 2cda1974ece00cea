import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { adminDisabled, cachingModule, corsOrigins, httpSecrets, notificationModule, redisModules, workerMode } from "./src/lib/runtime-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: workerMode(env, process.argv[2]),
    http: {
      ...corsOrigins(env),
      ...httpSecrets(env),
    },
  },
  // Medusa's Caching Module serves its own cart and catalog reads and this project's views
  // (src/api/store/views), invalidated by Medusa's events; see README, "Views and caching".
  featureFlags: { caching: true },
  admin: {
    disable: adminDisabled(env),
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules(env),
    cachingModule(env),
    { resolve: "./src/modules/business" },
    { resolve: "./src/modules/quantity-rules" },
    { resolve: "./src/modules/quote" },
    { resolve: "./src/modules/approval" },
    { resolve: "./src/modules/net-terms" },
    { resolve: "./src/modules/shopping-list" },
    { resolve: "./src/modules/recurring-order" },
    { resolve: "./src/modules/delivery" },
    {
      // Medusa's Tax Module with a provider that applies the buyer's tax treatment (reverse charge, US resale exemption).
      resolve: "@medusajs/medusa/tax",
      options: { providers: [{ resolve: "./src/modules/tax-treatment", id: "default" }] },
    },
    {
      // Medusa's Payment Module with the system provider (card-less demo payments) plus net terms.
      resolve: "@medusajs/medusa/payment",
      options: { providers: [{ resolve: "./src/modules/net-terms-payment", id: "net-terms" }] },
    },
    // Messages to buyers and the merchant: email over SMTP with SMTP_URL, else logged.
    notificationModule(process.env),
  ],
})
