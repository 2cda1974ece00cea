import { createSdk, storefrontConfig } from "@storefronts/shared"

export const config = storefrontConfig(import.meta.env)
export const sdk = createSdk(config, "b2b_auth")
