import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CATALOG_VIEW_TAGS, PriceContext, viewCacheKey } from "../../lib/views/price-context"

/** Tells clients (and the tests and the bench) whether a view came from the cache. */
export const VIEW_CACHE_HEADER = "x-view-cache"

// A view outlives no change (tags clear it at once); the TTL only bounds memory for rare contexts.
const VIEW_TTL_SECONDS = 10 * 60

/**
 * A catalog view's answer from Medusa's Caching Module, or computed and stored there under its
 * price context. Storing happens in the background, as Medusa's own Query cache does, so a
 * miss costs no more than an uncached read.
 */
export async function cachedView<T extends object>(
  req: MedusaStoreRequest<any>,
  res: MedusaResponse,
  view: { name: string; params: Record<string, unknown>; context: PriceContext },
  compute: () => Promise<T>
): Promise<T> {
  const caching = req.scope.resolve<ICachingModuleService>(Modules.CACHING, { allowUnregistered: true })
  if (!caching) {
    res.setHeader(VIEW_CACHE_HEADER, "off")
    return compute()
  }
  const key = await caching.computeKey({ key: viewCacheKey(view.name, view.params, view.context) })
  const cached = (await caching.get({ key })) as T | null
  if (cached) {
    res.setHeader(VIEW_CACHE_HEADER, "hit")
    return cached
  }
  const fresh = await compute()
  res.setHeader(VIEW_CACHE_HEADER, "miss")
  void caching.set({ key, data: fresh, tags: CATALOG_VIEW_TAGS, ttl: VIEW_TTL_SECONDS }).catch((error: Error) => {
    req.scope.resolve("logger").warn(`Could not cache the ${view.name} view: ${error.message}`)
  })
  return fresh
}
