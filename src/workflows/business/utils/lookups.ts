import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ancestry, RoleAssignment } from "../../../lib/business/access"
import { roleCatalog } from "../../../lib/business/permissions"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"

export const businessService = (container: MedusaContainer): BusinessModuleService => container.resolve(BUSINESS_MODULE)

export async function retrieveUnitOrFail(container: MedusaContainer, id: string) {
  const [unit] = await businessService(container).listBusinessUnits({ id })
  if (!unit) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business unit ${id} was not found`)
  }
  return unit
}

/** Refuses role handles that are neither built in nor defined by the merchant. */
export async function assertKnownRoles(container: MedusaContainer, roles: RoleAssignment[]) {
  if (!roles.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "An associate needs at least one role")
  }
  const merchantRoles = await businessService(container).listBusinessRoles({}, { take: null })
  const catalog = roleCatalog(merchantRoles as { handle: string; permissions: unknown }[])
  const unknown = roles.map((r) => r.role).filter((role) => !catalog.has(role))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown role: ${unknown.join(", ")}`)
  }
}

/**
 * The customer group whose prices a unit's associates get: the unit's own, else the nearest
 * one above it (a company's group covers divisions that have none of their own).
 */
export async function pricingGroupOfUnit(container: MedusaContainer, unitId: string): Promise<string | null> {
  const service = businessService(container)
  const unit = await retrieveUnitOrFail(container, unitId)
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

/** The associate, if it belongs to the unit: another unit's associate is "not found" there. */
export async function associateOfUnitOrFail(container: MedusaContainer, unitId: string, associateId: string) {
  const [associate] = await businessService(container).listBusinessAssociates({ id: associateId, business_unit_id: unitId })
  if (!associate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${associateId} was not found in this business unit`)
  }
  return associate
}
