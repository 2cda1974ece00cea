import { Permission } from "../business/permissions"

/** The permission a caller needs on a quote of their unit: theirs ("own") or a colleague's ("others"). */
export function quotePermissionNeeded(isOwn: boolean, mode: "view" | "respond"): Permission {
  return `quotes.${mode}_${isOwn ? "own" : "others"}` as Permission
}
