import type { CartView, CartViewResponse, CatalogView, CatalogViewResponse, ProductView, ProductViewResponse } from "../../../src/lib/views/contract"
import type { Sdk } from "./sdk"

type Headers = Record<string, string>

export type CatalogQuery = { region_id: string; q?: string; category_id?: string; limit: number; offset: number }

/**
 * The backend's page views (GET /store/views/*): each storefront page's data in one request,
 * answered for the key, the customer and (B2B) the unit named in the headers.
 */
export function viewsOf(sdk: Sdk) {
  return {
    /** A page of the catalog, priced for the caller and served from the backend's cache. */
    async catalog(query: CatalogQuery, headers: Headers = {}): Promise<CatalogView> {
      const cleaned = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))
      return (await sdk.client.fetch<CatalogViewResponse>("/store/views/catalog", { query: cleaned, headers })).catalog
    },
    /** A product page, or null when the key's channel does not sell the handle (the backend answers 404). */
    async product(handle: string, regionId: string, headers: Headers = {}): Promise<ProductView | null> {
      try {
        const path = `/store/views/product/${encodeURIComponent(handle)}`
        return (await sdk.client.fetch<ProductViewResponse>(path, { query: { region_id: regionId }, headers })).view
      } catch (error) {
        if ((error as { status?: unknown } | null)?.status === 404) return null
        throw error
      }
    },
    /** A cart or checkout page: the cart, its delivery options and countries, and for business carts readiness and terms. */
    async cart(cartId: string, headers: Headers = {}): Promise<CartView> {
      return (await sdk.client.fetch<CartViewResponse>(`/store/views/cart/${encodeURIComponent(cartId)}`, { headers })).view
    },
  }
}
