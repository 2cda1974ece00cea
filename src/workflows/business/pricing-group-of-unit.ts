import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ancestry } from "../../lib/business/access"
import { businessModule } from "../../modules/business"

/**
 * The customer group whose prices a unit's associates get: the unit's own, else the nearest
 * one above it (a company's group covers divisions that have none of their own).
 */
export async function pricingGroupOfUnit(container: MedusaContainer, unitId: string): Promise<string | null> {
  const service = businessModule(container)
  const unit = await service.retrieveBusinessUnitOrFail(unitId)
  const tree = await service.listCompanyTrees([unit.company_id ?? unit.id])
  const chain = ancestry(unitId, new Map(tree.map((u) => [u.id, u]))).map((u) => u.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "business_unit",
    fields: ["id", "customer_group.id"],
    filters: { id: chain },
  })
  const groupByUnit = new Map(data.map((u: any) => [u.id, u.customer_group?.id ?? null]))
  for (const id of chain) {
    const group = groupByUnit.get(id)
    if (group) return group as string
  }
  return null
}
