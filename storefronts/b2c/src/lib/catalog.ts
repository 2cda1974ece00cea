import { sdk } from "../sdk"
import { Category, Product } from "../types"

/*
 * Prices are only calculated when the request names a region and asks for calculated_price;
 * stock is only returned when asked for explicitly. The "*" and "+" prefixes add these to
 * Medusa's default product fields instead of replacing them.
 */
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

export type ProductQuery = {
  regionId: string
  search?: string
  categoryId?: string
  limit: number
  offset?: number
}

export async function listProducts(query: ProductQuery): Promise<{ products: Product[]; count: number }> {
  const { products, count } = await sdk.store.product.list({
    region_id: query.regionId,
    fields: PRODUCT_FIELDS,
    limit: query.limit,
    offset: query.offset ?? 0,
    ...(query.search ? { q: query.search } : {}),
    ...(query.categoryId ? { category_id: [query.categoryId] } : {}),
  })
  return { products, count }
}

/** The product behind a handle, or null when this channel does not sell it (e.g. wholesale-only). */
export async function findProductByHandle(handle: string, regionId: string): Promise<Product | null> {
  const { products } = await sdk.store.product.list({ handle, region_id: regionId, fields: PRODUCT_FIELDS, limit: 1 })
  return products[0] ?? null
}

let categoriesRequest: Promise<Category[]> | null = null

/** Top-level categories, fetched once per page load: the header and the listing both need them. */
export function loadCategories(): Promise<Category[]> {
  if (!categoriesRequest) {
    categoriesRequest = sdk.store.category
      .list({ parent_category_id: "null", fields: "id,name,handle", limit: 50 })
      .then(({ product_categories }) => product_categories)
      .catch((error: unknown) => {
        // Forget the failure so the next screen that asks can try again.
        categoriesRequest = null
        throw error
      })
  }
  return categoriesRequest
}
