/**
 * Approval tiers. A tier is a list of requirements, all of which must hold ("one approver AND
 * one finance"); a requirement asks for `count` distinct approvers holding a role. Tiers are
 * passed in order; one approver's decision counts once per tier.
 */
export type Requirement = { role: string; count: number }
export type Tier = Requirement[]
export type Approval = { approver_id: string; roles: string[] }

/**
 * Whether the approvals satisfy the tier, giving each approver to at most one requirement
 * (a small matching: tried in every order of approvers, which is cheap for tier-sized groups).
 */
export function tierSatisfied(tier: Tier, approvals: Approval[]): boolean {
  const slots = tier.flatMap((r) => Array.from({ length: r.count }, () => r.role))
  const approvers = [...new Map(approvals.map((a) => [a.approver_id, a])).values()]
  const assign = (slot: number, used: Set<string>): boolean => {
    if (slot === slots.length) return true
    return approvers.some((a) => !used.has(a.approver_id) && a.roles.includes(slots[slot]) && assign(slot + 1, new Set([...used, a.approver_id])))
  }
  return assign(0, new Set())
}

/** Whether an approver can still help the tier: they hold a role it asks for and have not approved it yet. */
export function canApproveTier(tier: Tier, approvals: Approval[], approver: Approval): boolean {
  return !approvals.some((a) => a.approver_id === approver.approver_id) && tier.some((r) => approver.roles.includes(r.role))
}

/**
 * The tiers of several matched rules (and of a budget overrun), merged by position and by
 * requirement: the flow's tier k asks for every rule's tier k together, each role once with the
 * largest count any rule asks for it. So a unit that can satisfy each rule alone can satisfy
 * them together ("1 approver" and "1 approver" is one approver, not two).
 */
export function mergeTiers(ruleTiers: Tier[][]): Tier[] {
  const depth = Math.max(0, ...ruleTiers.map((t) => t.length))
  return Array.from({ length: depth }, (_, k) => {
    const countByRole = new Map<string, number>()
    for (const requirement of ruleTiers.flatMap((tiers) => tiers[k] ?? [])) {
      countByRole.set(requirement.role, Math.max(countByRole.get(requirement.role) ?? 0, requirement.count))
    }
    return [...countByRole].map(([role, count]) => ({ role, count }))
  })
}
