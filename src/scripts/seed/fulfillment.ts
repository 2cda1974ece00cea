import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { SeededChannels } from "./channels"
import { EU_COUNTRIES, SeededRegions, US_COUNTRIES } from "./regions"

const LOCATION_NAME = "Central Warehouse"
const FULFILLMENT_PROVIDER = "manual_manual"

export type SeededFulfillment = { stockLocationId: string; shippingProfileId: string }

/**
 * ONE stock location serving both channels (inventory is shared), a shipping fulfillment set
 * with a zone per region, and standard and express options priced per region.
 */
export async function seedFulfillment(
  container: MedusaContainer,
  channels: SeededChannels,
  regions: SeededRegions
): Promise<SeededFulfillment> {
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  let [location] = await stockLocationService.listStockLocations({ name: LOCATION_NAME })
  if (location) {
    return { stockLocationId: location.id, shippingProfileId: profile.id }
  }

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: LOCATION_NAME,
          address: { address_1: "Hafenstraße 1", city: "Hamburg", country_code: "DE", postal_code: "20457" },
        },
      ],
    },
  })
  location = locations[0]

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [channels.retail.id, channels.wholesale.id] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
  })

  const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
    name: `${LOCATION_NAME} shipping`,
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: EU_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
      { name: "United States", geo_zones: US_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const zone = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!.id
  const option = (
    zoneName: string,
    code: string,
    label: string,
    description: string,
    prices: ({ currency_code: string; amount: number } | { region_id: string; amount: number })[]
  ) => ({
    name: `${label} (${zoneName})`,
    price_type: "flat" as const,
    provider_id: FULFILLMENT_PROVIDER,
    service_zone_id: zone(zoneName),
    shipping_profile_id: profile.id,
    type: { label, description, code },
    prices,
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })

  await createShippingOptionsWorkflow(container).run({
    input: [
      option("Europe", "standard", "Standard", "Delivered in 2-4 business days", [
        { currency_code: "eur", amount: 5.9 },
        { region_id: regions.eu.id, amount: 5.9 },
      ]),
      option("Europe", "express", "Express", "Next business day", [
        { currency_code: "eur", amount: 14.9 },
        { region_id: regions.eu.id, amount: 14.9 },
      ]),
      option("United States", "standard", "Standard", "Delivered in 3-5 business days", [
        { currency_code: "usd", amount: 7.5 },
        { region_id: regions.us.id, amount: 7.5 },
      ]),
      option("United States", "express", "Express", "Delivered in 1-2 business days", [
        { currency_code: "usd", amount: 19 },
        { region_id: regions.us.id, amount: 19 },
      ]),
    ],
  })

  return { stockLocationId: location.id, shippingProfileId: profile.id }
}
