import { sdk, views } from "../sdk"
import { Category, Product } from "../types"

export type ProductQuery = {
  regionId: string
  search?: string
  categoryId?: string
  limit: number
  offset?: number
}

/** A page of the catalog in one request: prices for the shopper, the channel's stock and rules per variant. */
export async function listProducts(query: ProductQuery): Promise<{ products: Product[]; count: number }> {
  const { products, count } = await views.catalog({
    region_id: query.regionId,
    q: query.search,
    category_id: query.categoryId,
    limit: query.limit,
    offset: query.offset ?? 0,
  })
  return { products, count }
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
