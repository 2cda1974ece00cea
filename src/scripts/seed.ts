import { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { seedAccounts } from "./seed/accounts"
import { seedBusiness } from "./seed/business"
import { seedDelivery, seedDemoCafes } from "./seed/delivery"
import { seedChannels } from "./seed/channels"
import { seedNetTerms } from "./seed/net-terms"
import { seedFulfillment } from "./seed/fulfillment"
import { seedDemoHistory } from "./seed/history"
import { seedWholesalePriceBook } from "./seed/price-book"
import { seedQuantityRules } from "./seed/quantity-rules"
import { seedProducts } from "./seed/products"
import { seedRegions } from "./seed/regions"
import { seedRetailGrossPrices } from "./seed/retail-prices"
import { seedTaxes } from "./seed/taxes"

/**
 * Seeds the demo shop. Every part looks for what it would create first, so running it
 * again adds only what is missing and never duplicates.
 */
export async function seedDemoData(container: MedusaContainer) {
  const channels = await seedChannels(container)
  const regions = await seedRegions(container, channels)
  const fulfillment = await seedFulfillment(container, channels, regions)
  const { productTypeIds } = await seedTaxes(container)
  const products = await seedProducts(container, channels, fulfillment, productTypeIds)
  await seedRetailGrossPrices(container, channels, regions)
  const accounts = await seedAccounts(container)
  const business = await seedBusiness(container, channels)
  await seedNetTerms(container, business.units.acme.id)
  const wholesalePriceBookId = await seedWholesalePriceBook(container, channels)
  await seedQuantityRules(container, channels)
  await seedDelivery(container, business.units.acmeBerlin.id)
  return { channels, regions, fulfillment, products, accounts, business, wholesalePriceBookId }
}

/**
 * Written for `npm start`, which prints it once the server is up, and for the production
 * storefronts, which read their publishable keys from it (DEMO_SUMMARY_FILE: the build runs in
 * .medusa/server but keeps the summary in the project's .data/).
 */
export const SUMMARY_FILE = process.env.DEMO_SUMMARY_FILE ?? path.join(process.cwd(), ".data", "demo-summary.json")

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedDemoData(container)
  const historyStarted = Date.now()
  await seedDemoCafes(container, result.business.units.acmeBerlin.id)
  const history = await seedDemoHistory(container, result)
  const summary = {
    admin: result.accounts.admin,
    customer: result.accounts.customer,
    businessBuyers: Object.keys(result.business.people),
    businessPassword: result.business.password,
    publishableKeys: {
      retail: result.channels.retail.publishableKey,
      wholesale: result.channels.wholesale.publishableKey,
    },
  }
  mkdirSync(path.dirname(SUMMARY_FILE), { recursive: true })
  writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2))
  logger.info(
    `Seed done: ${result.products.created} of ${result.products.total} products created (the rest already existed).`
  )
  logger.info(
    history.seeded
      ? `Demo history (three months of orders, invoices, quotes and an approval) added in ${((Date.now() - historyStarted) / 1000).toFixed(1)} s.`
      : "Demo history already there."
  )
}
