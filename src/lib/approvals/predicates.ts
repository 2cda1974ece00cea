/**
 * What an approval rule matches on, evaluated against an order-to-be (a cart). Every condition
 * given must hold (AND); a rule with no condition matches every order.
 */
export type RulePredicate = {
  /** Total above this amount, in this currency (carts in another currency do not match). */
  total_above?: { amount: number; currency_code: string } | null
  /** Contains a product of one of these categories. */
  category_ids?: string[] | null
  /** Contains one of these SKUs. */
  skus?: string[] | null
  /** The requester holds one of these roles in the unit. */
  requester_roles?: string[] | null
}

export type OrderFacts = {
  total: number
  currency_code: string
  skus: string[]
  category_ids: string[]
  requester_roles: string[]
}

const overlaps = (wanted: string[] | null | undefined, present: string[]) => !wanted?.length || wanted.some((w) => present.includes(w))

export function predicateMatches(predicate: RulePredicate, facts: OrderFacts): boolean {
  const above = predicate.total_above
  if (above && (above.currency_code.toLowerCase() !== facts.currency_code.toLowerCase() || !(facts.total > above.amount))) {
    return false
  }
  return (
    overlaps(predicate.category_ids, facts.category_ids) &&
    overlaps(predicate.skus, facts.skus) &&
    overlaps(predicate.requester_roles, facts.requester_roles)
  )
}

/** Why a rule matched, in words a buyer understands. */
export function describePredicate(predicate: RulePredicate): string {
  const parts: string[] = []
  if (predicate.total_above) parts.push(`total above ${predicate.total_above.amount} ${predicate.total_above.currency_code.toUpperCase()}`)
  if (predicate.category_ids?.length) parts.push("contains products of a restricted category")
  if (predicate.skus?.length) parts.push(`contains ${predicate.skus.join(", ")}`)
  if (predicate.requester_roles?.length) parts.push(`requested by a ${predicate.requester_roles.join(" or ")}`)
  return parts.length ? parts.join(" and ") : "every order"
}
