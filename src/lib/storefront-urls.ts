type Env = Record<string, string | undefined>

const trimmed = (url: string) => url.replace(/\/+$/, "")

/**
 * Where links in messages point: the storefronts as `npm start` serves them (B2C_PORT 8000,
 * B2B_PORT 8001) unless B2C_STOREFRONT_URL / B2B_STOREFRONT_URL name their public addresses,
 * and the backend (its admin under /app) unless MEDUSA_BACKEND_URL does.
 */
export const storefrontUrls = (env: Env = process.env) => ({
  b2c: trimmed(env.B2C_STOREFRONT_URL ?? `http://localhost:${env.B2C_PORT ?? 8000}`),
  b2b: trimmed(env.B2B_STOREFRONT_URL ?? `http://localhost:${env.B2B_PORT ?? 8001}`),
  admin: `${trimmed(env.MEDUSA_BACKEND_URL ?? `http://localhost:${env.PORT ?? 9000}`)}/app`,
})

export type StorefrontUrls = ReturnType<typeof storefrontUrls>
