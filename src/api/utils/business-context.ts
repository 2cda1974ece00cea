import { MedusaNextFunction, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accessibleUnitIds, actingMembership, effectivePermissions, isUnitActive } from "../../lib/business/access"
import { Permission } from "../../lib/business/permissions"
import { isWholesaleChannel } from "../../lib/channels"
import { BUSINESS_MODULE } from "../../modules/business"
import BusinessModuleService, { CustomerAccess } from "../../modules/business/service"
import { keyChannels } from "./key-channels"

/** The header that names the business unit a buyer is acting in (see README, "Business context"). */
export const BUSINESS_UNIT_HEADER = "x-business-unit-id"

export type BusinessContext = {
  customerId: string
  access: CustomerAccess
  accessibleUnitIds: string[]
  /** The unit named by the header, or the customer's only unit; null when there is none to pick. */
  activeUnitId: string | null
  permissionsIn(unitId: string): Set<Permission>
  canAct(unitId: string): boolean
  isActive(unitId: string): boolean
  associateIn(unitId: string): string | null
}

export type BusinessRequest<Body = unknown> = MedusaStoreRequest<Body> & { business: BusinessContext }

/** Whether every sales channel of the request's publishable key is a wholesale (B2B) channel. */
export async function isWholesaleKey(req: MedusaStoreRequest<any>): Promise<boolean> {
  const channels = await keyChannels(req)
  return channels.length > 0 && channels.length === (req.publishable_key_context?.sales_channel_ids ?? []).length && channels.every(isWholesaleChannel)
}

export function loggedInCustomerId(req: MedusaStoreRequest<any>): string | null {
  const auth = req.auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}

export async function loadBusinessContext(req: MedusaStoreRequest<any>, customerId: string): Promise<BusinessContext> {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const access = await service.accessOf(customerId)
  const accessible = accessibleUnitIds(access.units, access.memberships)
  const requested = req.headers[BUSINESS_UNIT_HEADER]
  const requestedId = typeof requested === "string" && requested ? requested : null
  if (requestedId && !accessible.includes(requestedId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business unit ${requestedId} was not found among your business units`)
  }
  return {
    customerId,
    access,
    accessibleUnitIds: accessible,
    activeUnitId: requestedId ?? (accessible.length === 1 ? accessible[0] : null),
    permissionsIn: (unitId) => effectivePermissions(unitId, access.units, access.memberships, access.catalog),
    canAct: (unitId) => accessible.includes(unitId),
    isActive: (unitId) => isUnitActive(unitId, access.units),
    associateIn: (unitId) => actingMembership(unitId, access.units, access.memberships)?.associate_id ?? null,
  }
}

/**
 * For every B2B route: the Wholesale key, a logged-in customer, and the customer's memberships
 * and effective permissions resolved once for the request.
 */
export async function requireBusinessContext(req: MedusaStoreRequest<any>, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!(await isWholesaleKey(req))) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Business routes are only available through the Wholesale storefront's publishable API key"
    )
  }
  const customerId = loggedInCustomerId(req)
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a customer to use business routes")
  }
  ;(req as BusinessRequest).business = await loadBusinessContext(req, customerId)
  next()
}

/**
 * The unit in the path (`:id`) must be one the caller acts in (otherwise 404: another
 * company's unit is not even confirmed to exist), and the caller must hold the permission
 * there (otherwise 403). With several permissions, any one of them suffices.
 */
export function requireUnitPermission(...anyOf: Permission[]) {
  return (req: MedusaStoreRequest<any>, _res: MedusaResponse, next: MedusaNextFunction) => {
    const business = (req as BusinessRequest).business
    const unitId = req.params.id
    if (!business.canAct(unitId)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business unit ${unitId} was not found among your business units`)
    }
    const held = business.permissionsIn(unitId)
    if (anyOf.length && !anyOf.some((p) => held.has(p))) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Your role in this business unit does not allow this (it needs the "${anyOf.join('" or "')}" permission)`
      )
    }
    next()
  }
}
