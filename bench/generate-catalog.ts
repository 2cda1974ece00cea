import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { batchPriceListPricesWorkflow, createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { seedDemoData } from "../src/scripts/seed"
import { ensureBenchCompany } from "./bench-company"

/** The bench database's own publishable keys, read by bench/run.js. */
export const BENCH_KEYS_FILE = path.join(process.cwd(), ".data", "bench-keys.json")

/**
 * The benchmark catalog: BENCH_PRODUCTS products (default 2,000) of 5 variants each, priced in
 * EUR and USD, sold in both channels, with plenty of stock. Runs on top of the demo seed.
 */
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const SIZES = ["XS", "S", "M", "L", "XL"]
const BATCH = 100

export default async function generateBenchCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const demo = await seedDemoData(container)
  const productService = container.resolve(Modules.PRODUCT)
  const [, existing] = await productService.listAndCountProducts({ handle: { $like: "bench-%" } }, { take: 1 })
  const channels = [{ id: demo.channels.retail.id }, { id: demo.channels.wholesale.id }]
  mkdirSync(path.dirname(BENCH_KEYS_FILE), { recursive: true })
  writeFileSync(
    BENCH_KEYS_FILE,
    JSON.stringify({ retail: demo.channels.retail.publishableKey, wholesale: demo.channels.wholesale.publishableKey })
  )
  const started = Date.now()

  for (let from = existing; from < PRODUCTS; from += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, PRODUCTS - from) }, (_, i) => from + i + 1)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: numbers.map((n) => {
          const id = String(n).padStart(5, "0")
          return {
            title: `Bench Product ${id}`,
            handle: `bench-${id}`,
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: demo.fulfillment.shippingProfileId,
            sales_channels: channels,
            options: [{ title: "Size", values: SIZES }],
            variants: SIZES.map((size, i) => ({
              title: size,
              sku: `BENCH-${id}-${size}`,
              manage_inventory: true,
              options: { Size: size },
              prices: [
                { currency_code: "eur", amount: 10 + (n % 50) + i },
                { currency_code: "usd", amount: 11 + (n % 50) + i },
              ],
            })),
          }
        }),
      },
    })
    const inventoryItemIds = await inventoryItemsOf(container, result.map((p) => p.id))
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: inventoryItemIds.map((inventory_item_id) => ({
          inventory_item_id,
          location_id: demo.fulfillment.stockLocationId,
          stocked_quantity: 1_000_000,
        })),
      },
    })
    logger.info(`bench catalog: ${from + numbers.length}/${PRODUCTS} products (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  await addListPrices(container, demo.business.acmePriceListId, "BENCH-%-XS", [{ factor: 0.9 }])
  await addListPrices(container, demo.wholesalePriceBookId, "BENCH-%-S", [
    { factor: 0.95, min_quantity: 1, max_quantity: 9 },
    { factor: 0.9, min_quantity: 10, max_quantity: 49 },
    { factor: 0.85, min_quantity: 50 },
  ])
  await ensureBenchCompany(container)
}

type Tier = { factor: number; min_quantity?: number; max_quantity?: number }

/**
 * Acme's agreement prices one variant of every bench product and the Wholesale price book
 * another (with quantity breaks), so the associate listing resolves real price-list prices.
 * Variants the list already prices are skipped, so a re-run adds nothing.
 */
async function addListPrices(container: ExecArgs["container"], priceListId: string, skuPattern: string, tiers: Tier[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    // Query's price_set.prices holds the variant's own prices only (no price-list prices).
    fields: ["id", "price_set.id", "price_set.prices.amount", "price_set.prices.currency_code"],
    filters: { sku: { $like: skuPattern } },
  })
  const listed = await container.resolve(Modules.PRICING).listPrices({ price_list_id: [priceListId] }, { select: ["price_set_id"], take: null })
  const pricedSets = new Set(listed.map((p: any) => p.price_set_id))
  const create = variants.flatMap((v: any) => {
    if (pricedSets.has(v.price_set?.id)) return []
    return (v.price_set?.prices ?? [])
      .flatMap((p: any) =>
        tiers.map(({ factor, ...range }) => ({ variant_id: v.id, currency_code: p.currency_code, amount: Math.round(p.amount * factor * 100) / 100, ...range }))
      )
  })
  for (let i = 0; i < create.length; i += 1000) {
    const batch = create.slice(i, i + 1000)
    await batchPriceListPricesWorkflow(container).run({ input: { data: { id: priceListId, create: batch, update: [], delete: [] } } })
  }
}

async function inventoryItemsOf(container: ExecArgs["container"], productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  return data.flatMap((v) => (v.inventory_items ?? []).map((l) => l!.inventory_item_id))
}
