import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isUnitActive } from "../../../lib/business/access"
import { businessService } from "./lookups"

type CartBusinessLinks = {
  business_unit?: { id: string; company_id: string | null } | null
  business_associate?: { id: string } | null
}

/** The business unit and associate a cart was created for, if any. */
export async function cartBusinessLinks(container: MedusaContainer, cartId: string): Promise<CartBusinessLinks | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "business_unit.id", "business_unit.company_id", "business_associate.id"],
    filters: { id: cartId },
  })
  return data[0] as CartBusinessLinks | undefined
}

/** An inactive unit (or one below an inactive unit) does not order. */
export async function assertCartUnitMayOrder(container: MedusaContainer, cartId: string) {
  const unit = (await cartBusinessLinks(container, cartId))?.business_unit
  if (!unit) return
  const tree = await businessService(container).listCompanyTrees([unit.company_id ?? unit.id])
  if (!isUnitActive(unit.id, new Map(tree.map((u) => [u.id, u])))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This business unit is inactive and cannot place orders")
  }
}
