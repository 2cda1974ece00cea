import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerOf } from "../../lib/tax/seller"
import { chooseTaxTreatment, ShipTo, TaxTreatment } from "../../lib/tax/treatment"
import { businessModule } from "../../modules/business"

type Taxed = { shipping_address?: ShipTo | null; business_unit?: { id: string } | null }

const today = () => new Date().toISOString().slice(0, 10)

/** The treatment of a buyer unit (or none: a consumer) shipping to an address: the policy on facts read here once. */
export async function treatmentFor(container: MedusaContainer, unitId: string | null, shipTo: ShipTo | null): Promise<TaxTreatment> {
  const unit = unitId ? await businessModule(container).taxProfileOf(unitId) : null
  return chooseTaxTreatment({ seller_country: sellerOf().country_code, ship_to: shipTo, unit, today: today() })
}

/**
 * The tax treatment of a cart or order, from its business unit link and its shipping address:
 * what the setTaxLineContext hooks hand our tax provider and what completion checks the cart's
 * tax lines against.
 */
export async function taxTreatmentOf(container: MedusaContainer, entity: "cart" | "order", id: string): Promise<TaxTreatment> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: ["id", "shipping_address.country_code", "shipping_address.province", "business_unit.id"],
    filters: { id },
  })
  const record = data[0] as Taxed | undefined
  return treatmentFor(container, record?.business_unit?.id ?? null, record?.shipping_address ?? null)
}

/** The additional tax context our provider reads (src/modules/tax-treatment). */
export const taxLineContext = async (container: MedusaContainer, entity: "cart" | "order", id: string) => ({
  tax_treatment: (await taxTreatmentOf(container, entity, id)).kind,
})
