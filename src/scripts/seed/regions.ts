import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { SeededChannels } from "./channels"
import { NET_TERMS_PROVIDER_ID } from "../../modules/net-terms-payment"

// Both storefronts share the regions; net terms refuse anything but a business cart with terms.
const PAYMENT_PROVIDERS = ["pp_system_default", NET_TERMS_PROVIDER_ID]

export const EU_COUNTRIES = ["de", "fr", "nl", "be", "at", "it", "es"]
export const US_COUNTRIES = ["us"]

const REGIONS = [
  { name: "Europe", currency_code: "eur", countries: EU_COUNTRIES },
  { name: "United States", currency_code: "usd", countries: US_COUNTRIES },
]

export type SeededRegions = { eu: { id: string }; us: { id: string } }

/** Store currencies, the EU (eur) and US (usd) regions and a tax region per country. */
export async function seedRegions(
  container: MedusaContainer,
  channels: SeededChannels
): Promise<SeededRegions> {
  const storeService = container.resolve(Modules.STORE)
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)

  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bean & Leaf Supply",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: channels.retail.id,
      },
    },
  })

  const ids: string[] = []
  for (const spec of REGIONS) {
    let [region] = await regionService.listRegions({ name: spec.name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: spec.name,
              currency_code: spec.currency_code,
              countries: spec.countries,
              payment_providers: PAYMENT_PROVIDERS,
            },
          ],
        },
      })
      region = result[0]
    } else {
      // Databases seeded before net terms existed get the provider added.
      await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: PAYMENT_PROVIDERS } } })
    }
    ids.push(region.id)
  }

  const existing = await taxService.listTaxRegions({ country_code: [...EU_COUNTRIES, ...US_COUNTRIES] })
  const taxed = new Set(existing.map((r) => r.country_code))
  const missing = [...EU_COUNTRIES, ...US_COUNTRIES].filter((c) => !taxed.has(c))
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }
  return { eu: { id: ids[0] }, us: { id: ids[1] } }
}
