import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { SeededChannels } from "./channels"
import { NET_TERMS_PROVIDER_ID } from "../../modules/net-terms-payment"

// Both storefronts share the regions; net terms refuse anything but a business cart with terms.
const PAYMENT_PROVIDERS = ["pp_system_default", NET_TERMS_PROVIDER_ID]

export const EU_COUNTRIES = ["de", "fr", "nl", "be", "at", "it", "es"]
export const US_COUNTRIES = ["us"]

/**
 * Europe's region prices include VAT (Medusa's price preference of the region; only prices with
 * a region rule follow it, so the Retail channel's gross prices carry one, see retail-prices.ts).
 * US prices never include sales tax.
 */
const REGIONS = [
  { name: "Europe", currency_code: "eur", countries: EU_COUNTRIES, is_tax_inclusive: true },
  { name: "United States", currency_code: "usd", countries: US_COUNTRIES, is_tax_inclusive: false },
]

export type SeededRegions = { eu: { id: string }; us: { id: string } }

/** Store currencies and the EU (eur) and US (usd) regions (their taxes: taxes.ts). */
export async function seedRegions(
  container: MedusaContainer,
  channels: SeededChannels
): Promise<SeededRegions> {
  const storeService = container.resolve(Modules.STORE)
  const regionService = container.resolve(Modules.REGION)

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
              is_tax_inclusive: spec.is_tax_inclusive,
            },
          ],
        },
      })
      region = result[0]
    } else {
      // Databases seeded before net terms or taxes existed get the provider and price preference added.
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: region.id }, update: { payment_providers: PAYMENT_PROVIDERS, is_tax_inclusive: spec.is_tax_inclusive } },
      })
    }
    ids.push(region.id)
  }

  return { eu: { id: ids[0] }, us: { id: ids[1] } }
}
