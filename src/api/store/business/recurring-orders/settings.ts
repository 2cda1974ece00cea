import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { businessModule } from "../../../../modules/business"
import { NET_TERMS_PROVIDER_ID } from "../../../../modules/net-terms-payment"
import { loadUnitFacts } from "../../../../workflows/business-cart/load-business-cart"

export type ScheduleSettings = { region_id?: string; shipping_address_id?: string; shipping_option_id?: string; payment_provider_id?: string }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Where and how a recurring order ships and pays, checked when it is set up or changed (a run
 * checks again, as things change): one of the unit's addresses, a shipping option and region
 * that exist, and net terms only for a unit that has them.
 */
export async function assertScheduleSettings(container: MedusaContainer, unitId: string, customerId: string, settings: ScheduleSettings) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [addresses, options, regions, unit] = await Promise.all([
    settings.shipping_address_id ? businessModule(container).listBusinessUnitAddresses({ id: settings.shipping_address_id, business_unit_id: unitId }) : null,
    settings.shipping_option_id ? query.graph({ entity: "shipping_option", fields: ["id"], filters: { id: settings.shipping_option_id } }) : null,
    settings.region_id ? query.graph({ entity: "region", fields: ["id"], filters: { id: settings.region_id } }) : null,
    settings.payment_provider_id === NET_TERMS_PROVIDER_ID ? loadUnitFacts(container, unitId, customerId) : null,
  ])
  if (addresses && !addresses.length) throw invalid(`Address ${settings.shipping_address_id} is not one of this business unit's addresses`)
  if (options && !options.data.length) throw invalid(`Shipping option ${settings.shipping_option_id} was not found`)
  if (regions && !regions.data.length) throw invalid(`Region ${settings.region_id} was not found`)
  if (unit && !unit.terms) throw invalid("This business unit has no net terms: choose another payment")
}
