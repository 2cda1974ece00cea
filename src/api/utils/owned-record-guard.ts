import { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { mayCreateOwned, mayManageOwned, mayReadOwned, OwnedRecordPermissions, ownedPermissionNeeded } from "../../lib/business/owned-records"
import { BusinessContext, BusinessRequest } from "./business-context"

/** A unit's record owned by an associate (a shopping list, a recurring order), as the guard found it. */
export type OwnedRecord = { id: string; business_unit_id: string; customer_id: string; may_manage: boolean }
export type OwnedRecordRequest<Body = unknown> = BusinessRequest<Body> & { owned: OwnedRecord }

export type OwnedRecordKind = {
  /** "Shopping list", for messages. */
  noun: string
  permissions: OwnedRecordPermissions
  load: (container: MedusaContainer, id: string) => Promise<{ id: string; business_unit_id: string | null; customer_id: string } | undefined>
}

/** "read", "manage", or "copy" (read it and make a new one of one's own in its unit). */
export type OwnedAction = "read" | "manage" | "copy"

/**
 * Whether the caller may act on the record: one of a unit they act in (otherwise the 404 of a
 * missing record: another company's record is not even confirmed to exist), and their role
 * there allows the action (otherwise 403, naming the permission).
 */
export async function ownedRecordAccess(kind: OwnedRecordKind, container: MedusaContainer, business: BusinessContext, id: string, action: OwnedAction): Promise<OwnedRecord> {
  const record = await kind.load(container, id)
  if (!record?.business_unit_id || !business.canAct(record.business_unit_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${kind.noun} ${id} was not found`)
  }
  const held = business.permissionsIn(record.business_unit_id)
  const isOwner = record.customer_id === business.customerId
  const p = kind.permissions
  const readable = mayReadOwned(p, held, isOwner)
  const allowed = action === "manage" ? mayManageOwned(p, held, isOwner) : readable && (action === "read" || mayCreateOwned(p, held))
  if (!allowed) {
    const needed = action === "copy" && readable ? p.manage_own : ownedPermissionNeeded(p, action === "manage" ? "manage" : "read", isOwner)
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your role in this ${kind.noun.toLowerCase()}'s business unit does not allow this (it needs the "${needed}" permission)`)
  }
  return { id: record.id, business_unit_id: record.business_unit_id, customer_id: record.customer_id, may_manage: mayManageOwned(p, held, isOwner) }
}

/** The record in the path (`:id`), for the route as `req.owned`. */
export function guardOwnedRecord(kind: OwnedRecordKind, action: OwnedAction) {
  return async (req: BusinessRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    ;(req as OwnedRecordRequest).owned = await ownedRecordAccess(kind, req.scope, req.business, req.params.id, action)
    next()
  }
}
