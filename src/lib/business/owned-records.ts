import { Permission } from "./permissions"

/**
 * Records a business unit shares among its associates but each owned by the associate who made
 * it (shopping lists, recurring orders): everyone with `view` in the unit reads all of them,
 * `manage_own` makes records and changes one's own, `manage_others` changes colleagues'.
 * Permissions are the caller's effective ones in the record's unit (inherited roles count).
 */
export type OwnedRecordPermissions = { view: Permission; manage_own: Permission; manage_others: Permission }

type Held = ReadonlySet<Permission | string>

export function mayCreateOwned(p: OwnedRecordPermissions, held: Held): boolean {
  return held.has(p.manage_own)
}

export function mayManageOwned(p: OwnedRecordPermissions, held: Held, isOwner: boolean): boolean {
  return held.has(isOwner ? p.manage_own : p.manage_others)
}

/** Reading: `view`, or the owner who may still change it, or a colleague allowed to change it. */
export function mayReadOwned(p: OwnedRecordPermissions, held: Held, isOwner: boolean): boolean {
  return held.has(p.view) || mayManageOwned(p, held, isOwner)
}

/** The permission a refused caller lacks, for the refusal message. */
export function ownedPermissionNeeded(p: OwnedRecordPermissions, action: "read" | "manage", isOwner: boolean): Permission {
  if (action === "read") return p.view
  return isOwner ? p.manage_own : p.manage_others
}
