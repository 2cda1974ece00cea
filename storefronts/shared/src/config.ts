/**
 * Where the backend is and which publishable key to use. A built storefront reads them at run
 * time from /storefront-config.js (written by the server that serves it, so one build works for
 * any backend and any seeded key); `vite dev` falls back to VITE_* variables.
 */
export type StorefrontConfig = { backendUrl: string; publishableKey: string }

declare global {
  interface Window {
    STOREFRONT_CONFIG?: Partial<StorefrontConfig>
  }
}

export function storefrontConfig(env: Record<string, string | undefined>): StorefrontConfig {
  const runtime = typeof window !== "undefined" ? window.STOREFRONT_CONFIG ?? {} : {}
  const backendUrl = runtime.backendUrl ?? env.VITE_MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const publishableKey = runtime.publishableKey ?? env.VITE_MEDUSA_PUBLISHABLE_KEY ?? ""
  return { backendUrl, publishableKey }
}
