import { customerToken } from "./business-api"
import { seededDemo } from "./shared-app"
import { Api } from "./store-api"

export const BERLIN_ADDRESS = { first_name: "Bea", last_name: "Buyer", address_1: "Torstraße 5", city: "Berlin", postal_code: "10119", country_code: "de" }

export const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()

/**
 * The seeded demo shop as a suite sees it: both publishable keys, logged-in tokens of the
 * named customers (`acme-buyer` for acme-buyer@example.com) and admin request options.
 */
export async function demoFixture(api: Api, customers: string[]) {
  const demo = seededDemo()
  const tokens: Record<string, string> = {}
  for (const name of customers) tokens[name] = await customerToken(api, `${name}@example.com`)
  const login = await api.post("/auth/user/emailpass", demo.accounts.admin)
  return {
    demo,
    wholesale: demo.channels.wholesale.publishableKey as string,
    retail: demo.channels.retail.publishableKey as string,
    tokens,
    admin: { headers: { authorization: `Bearer ${login.data.token}` }, validateStatus: () => true },
  }
}
