import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATEGORIES, CatalogProduct, PRODUCTS } from "./catalog"
import { SeededChannels } from "./channels"
import { SeededFulfillment } from "./fulfillment"
import { PRODUCT_TYPE_OF_CATEGORY } from "./taxes"

const DEFAULT_STOCK = 500
const PALLET_STOCK = 10

function placeholderImage(category: string) {
  const backend = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  return `${backend}/static/placeholders/${category}.svg`
}

async function seedCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await productService.listProductCategories({ handle: handles })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({ name: c.name, handle: c.handle, is_active: true })),
      },
    })
    created = result
  }
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

function toProductInput(
  product: CatalogProduct,
  categoryIds: Map<string, string>,
  productTypeIds: Map<string, string>,
  channels: SeededChannels,
  fulfillment: SeededFulfillment
) {
  const image = placeholderImage(product.category)
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    thumbnail: image,
    images: [{ url: image }],
    category_ids: [categoryIds.get(product.category)!],
    type_id: typeIdOf(product, productTypeIds),
    shipping_profile_id: fulfillment.shippingProfileId,
    sales_channels: product.channels.map((role) => ({ id: channels[role].id })),
    options: [{ title: product.optionTitle, values: product.variants.map((v) => v.option) }],
    variants: product.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      manage_inventory: true,
      options: { [product.optionTitle]: v.option },
      prices: [
        { currency_code: "eur", amount: v.eur },
        { currency_code: "usd", amount: v.usd },
      ],
    })),
  }
}

const typeIdOf = (product: CatalogProduct, productTypeIds: Map<string, string>) =>
  productTypeIds.get(PRODUCT_TYPE_OF_CATEGORY[product.category as keyof typeof PRODUCT_TYPE_OF_CATEGORY])!

/** Categories, the catalog in its channels with its product types (taxes), and stock for every variant in the one location. */
export async function seedProducts(
  container: MedusaContainer,
  channels: SeededChannels,
  fulfillment: SeededFulfillment,
  productTypeIds: Map<string, string>
): Promise<{ created: number; total: number }> {
  const productService = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categoryIds = await seedCategories(container)

  const existing = await productService.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { select: ["id", "handle", "type_id"] }
  )
  const present = new Set(existing.map((p) => p.handle))
  const missing = PRODUCTS.filter((p) => !present.has(p.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: { products: missing.map((p) => toProductInput(p, categoryIds, productTypeIds, channels, fulfillment)) },
    })
  }
  // Products seeded before taxes existed get the product type their tax rate depends on.
  for (const product of existing.filter((p) => !p.type_id)) {
    const spec = PRODUCTS.find((p) => p.handle === product.handle)!
    await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { type_id: typeIdOf(spec, productTypeIds) } } })
  }

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { sku: PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  const levels = variants.flatMap((variant) =>
    (variant.inventory_items ?? [])
      .filter(
        (link) =>
          !(link?.inventory?.location_levels ?? []).some(
            (level) => level?.location_id === fulfillment.stockLocationId
          )
      )
      .map((link) => ({
        inventory_item_id: link!.inventory_item_id,
        location_id: fulfillment.stockLocationId,
        stocked_quantity: variant.sku?.includes("-PAL") ? PALLET_STOCK : DEFAULT_STOCK,
      }))
  )
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
  return { created: missing.length, total: PRODUCTS.length }
}
