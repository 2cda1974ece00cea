import Medusa from "@medusajs/js-sdk"

/**
 * The backend's base URL. The admin is bundled by Vite (ESM), where `import.meta.env` exists;
 * the root tsconfig type-checks this folder as CommonJS, hence the directive.
 */
// @ts-ignore TS1470: import.meta is only valid in ESM output, which the admin bundle is
const backendUrl: string = import.meta.env.VITE_BACKEND_URL || "/"

/** The JS SDK, using the admin's session cookie (the dashboard's own login). */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: false,
  auth: { type: "session" },
})

/** An absolute or root-relative URL of a backend path, for plain `fetch` (file downloads). */
export function backendPath(path: string): string {
  return `${backendUrl.replace(/\/+$/, "")}${path}`
}
