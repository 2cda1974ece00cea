import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CATALOG_VIEW_TAGS, PriceContext, viewCacheKey } from "../../lib/views/price-context"

/** Tells clients (and the tests and the bench) whether a view came from the cache. */
export const VIEW_CACHE_HEADER = "x-view-cache"

// A view outlives no change (tags clear it at once); the TTL only bounds memory for rare contexts.
const VIEW_TTL_SECONDS = 10 * 60

export type CacheState = "hit" | "miss" | "off"

/**
 * An answer from Medusa's Caching Module, or computed and stored there under its key and tags.
 * Storing happens in the background, as Medusa's own Query cache does, so a miss costs no more
 * than an uncached read.
 */
export async function readThrough<T extends object>(
  scope: MedusaContainer,
  entry: { name: string; key: string; tags: string[] },
  compute: () => Promise<T>
): Promise<{ value: T; state: CacheState }> {
  const caching = scope.resolve<ICachingModuleService>(Modules.CACHING, { allowUnregistered: true })
  if (!caching) return { value: await compute(), state: "off" }
  const key = await caching.computeKey({ key: entry.key })
  const cached = (await caching.get({ key })) as T | null
  if (cached) return { value: cached, state: "hit" }
  const value = await compute()
  void caching.set({ key, data: value, tags: entry.tags, ttl: VIEW_TTL_SECONDS }).catch((error: Error) => {
    scope.resolve("logger").warn(`Could not cache the ${entry.name}: ${error.message}`)
  })
  return { value, state: "miss" }
}

/** A catalog view's answer, cached under its whole price context. */
export async function cachedView<T extends object>(
  req: MedusaStoreRequest<any>,
  res: MedusaResponse,
  view: { name: string; params: Record<string, unknown>; context: PriceContext },
  compute: () => Promise<T>
): Promise<T> {
  const entry = { name: `${view.name} view`, key: viewCacheKey(view.name, view.params, view.context), tags: CATALOG_VIEW_TAGS }
  const { value, state } = await readThrough(req.scope, entry, compute)
  res.setHeader(VIEW_CACHE_HEADER, state)
  return value
}
