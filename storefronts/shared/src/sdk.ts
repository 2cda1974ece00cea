import Medusa from "@medusajs/js-sdk"
import { StorefrontConfig } from "./config"

/**
 * The storefront's one SDK instance. Customer sessions use a JWT kept in localStorage under a
 * storefront-specific name, so the B2C shop and the B2B portal on one browser stay separate
 * logins of the same account.
 */
export function createSdk(config: StorefrontConfig, storageKey: string) {
  return new Medusa({
    baseUrl: config.backendUrl,
    publishableKey: config.publishableKey,
    auth: { type: "jwt", jwtTokenStorageKey: storageKey, jwtTokenStorageMethod: "local" },
  })
}

export type Sdk = ReturnType<typeof createSdk>

/** The message a backend error carries (Medusa answers { message }), for showing to the buyer. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof (error as any).message === "string") {
    return (error as any).message
  }
  return "Something went wrong. Please try again."
}
