import { formatMoney } from "../../lib/format"
import type { ApprovalPredicate, ApprovalRequirement } from "../../../lib/approvals/contract"

/** The conditions of a rule in words; an empty predicate matches every order. */
export function describePredicate(predicate: ApprovalPredicate, categoryNames: Map<string, string>): string[] {
  const parts: string[] = []
  if (predicate.total_above) parts.push(`Total above ${formatMoney(predicate.total_above.amount, predicate.total_above.currency_code)}`)
  if (predicate.skus?.length) parts.push(`SKU ${predicate.skus.join(", ")}`)
  if (predicate.category_ids?.length) parts.push(`Category ${predicate.category_ids.map((id) => categoryNames.get(id) ?? id).join(", ")}`)
  if (predicate.requester_roles?.length) parts.push(`Requested by ${predicate.requester_roles.join(", ")}`)
  return parts.length ? parts : ["Every order"]
}

export const describeTier = (tier: ApprovalRequirement[]) => tier.map((r) => `${r.count} × ${r.role}`).join(" + ")
