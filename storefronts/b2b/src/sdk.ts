import { createSdk, storefrontConfig, viewsOf } from "@storefronts/shared"

export const config = storefrontConfig(import.meta.env)
export const sdk = createSdk(config, "b2b_auth")
/** The backend's page views: one request per page. */
export const views = viewsOf(sdk)
