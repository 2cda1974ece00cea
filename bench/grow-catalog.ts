import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"

/**
 * Filler products for the SKU-resolution benchmark (bench/bulk.js): BENCH_FILLER=grow adds
 * draft products of 5 variants (SKUs FILLER-…), sold nowhere, until the catalog holds
 * BENCH_SKU_SCALE_VARIANTS variants (50,000); BENCH_FILLER=remove deletes them for good, so the
 * next run measures the same catalog again.
 */
const TARGET = Number(process.env.BENCH_SKU_SCALE_VARIANTS ?? 50_000)
const BATCH = 200

export default async function growCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (process.env.BENCH_FILLER === "remove") {
    // Hard delete: soft-deleted rows would stay in the variant table and its SKU index.
    const removed = await knex.raw(`delete from product where handle like 'bench-filler-%'`)
    await analyze(knex)
    logger.info(`Removed ${removed.rowCount} filler products`)
    return
  }
  const products = container.resolve(Modules.PRODUCT)
  const count = async () => Number((await knex("product_variant").count("* as n").whereNull("deleted_at"))[0].n)
  let variants = await count()
  let batch = 0
  while (variants < TARGET) {
    const size = Math.min(BATCH, Math.ceil((TARGET - variants) / 5))
    const stamp = `${Date.now().toString(36)}-${batch++}`
    await products.createProducts(
      Array.from({ length: size }, (_, i) => ({
        title: `Filler ${stamp}-${i}`,
        handle: `bench-filler-${stamp}-${i}`,
        status: ProductStatus.DRAFT,
        options: [{ title: "Size", values: ["XS", "S", "M", "L", "XL"] }],
        variants: ["XS", "S", "M", "L", "XL"].map((s) => ({ title: s, sku: `FILLER-${stamp}-${i}-${s}`, options: { Size: s }, manage_inventory: false })),
      }))
    )
    variants += size * 5
  }
  await analyze(knex)
  logger.info(`Catalog holds ${await count()} variants`)
}

/** Fresh planner statistics, as a shop's catalog has after autovacuum: measure the size, not stale stats. */
async function analyze(knex: any) {
  await knex.raw("analyze product, product_variant, product_option, product_option_value")
}
