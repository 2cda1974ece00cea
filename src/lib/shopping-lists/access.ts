import { Permission } from "../business/permissions"

/**
 * Who may do what with a business unit's shopping lists (README, "Shopping lists"). A list
 * belongs to its unit and its owner: everyone with `shopping_lists.view` in the unit reads all
 * of the unit's lists, `manage_own` creates lists and edits one's own, `manage_others` edits
 * and deletes colleagues' lists. Permissions are the caller's effective ones in the list's
 * unit, so roles inherited from a parent unit count.
 */

type Held = ReadonlySet<Permission | string>

export function mayCreateList(held: Held): boolean {
  return held.has("shopping_lists.manage_own")
}

export function mayReadList(held: Held, isOwner: boolean): boolean {
  return held.has("shopping_lists.view") || mayManageList(held, isOwner)
}

export function mayManageList(held: Held, isOwner: boolean): boolean {
  return held.has(isOwner ? "shopping_lists.manage_own" : "shopping_lists.manage_others")
}

/** The permission a refused caller lacks, for the refusal message. */
export function listPermissionNeeded(action: "read" | "manage", isOwner: boolean): Permission {
  if (action === "read") return "shopping_lists.view"
  return isOwner ? "shopping_lists.manage_own" : "shopping_lists.manage_others"
}
