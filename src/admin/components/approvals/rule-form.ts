import { parseAmount } from "../../lib/format"
import type { ApprovalRule, ApprovalRuleInput } from "../../../lib/approvals/contract"
import { isCurrencyCode } from "../../lib/validation"

export type RequirementValues = { role: string; count: string }

export type RuleFormValues = {
  name: string
  active: boolean
  amount: string
  currency: string
  skus: string
  categoryIds: string[]
  requesterRoles: string[]
  tiers: RequirementValues[][]
  allowSelfApproval: boolean
}

export type RuleFormErrors = { name?: string; amount?: string; currency?: string; skus?: string; tiers?: string; tierErrors: Record<string, string> }

export const MAX_TIERS = 5
export const MAX_REQUIREMENTS = 5

export const newRequirement = (): RequirementValues => ({ role: "approver", count: "1" })

export function ruleFormFrom(rule: ApprovalRule | null, defaultCurrency: string): RuleFormValues {
  const p = rule?.predicate ?? {}
  return {
    name: rule?.name ?? "",
    active: rule?.active ?? true,
    amount: p.total_above ? String(p.total_above.amount) : "",
    currency: (p.total_above?.currency_code ?? defaultCurrency).toUpperCase(),
    skus: (p.skus ?? []).join(", "),
    categoryIds: p.category_ids ?? [],
    requesterRoles: p.requester_roles ?? [],
    tiers: rule?.tiers?.length ? rule.tiers.map((tier) => tier.map((r) => ({ role: r.role, count: String(r.count) }))) : [[newRequirement()]],
    allowSelfApproval: rule?.allow_self_approval ?? false,
  }
}

const skuList = (text: string) => [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))]

/** Key of one requirement's error: "<tier>-<index>". */
export const requirementKey = (tier: number, index: number) => `${tier}-${index}`

export function validateRule(values: RuleFormValues): RuleFormErrors {
  const errors: RuleFormErrors = { tierErrors: {} }
  if (!values.name.trim()) errors.name = "Give the rule a name"
  else if (values.name.trim().length > 200) errors.name = "At most 200 characters"
  if (values.amount.trim()) {
    if (parseAmount(values.amount) === null) errors.amount = "An amount ≥ 0 with at most two decimals"
    if (!isCurrencyCode(values.currency)) errors.currency = "A 3-letter ISO code"
  }
  if (skuList(values.skus).length > 200) errors.skus = "At most 200 SKUs"
  if (values.tiers.length < 1 || values.tiers.length > MAX_TIERS) errors.tiers = "Give 1 to 5 tiers"
  values.tiers.forEach((tier, t) => {
    if (tier.length === 0) errors.tiers = `Tier ${t + 1} needs at least one requirement`
    const seen = new Set<string>()
    tier.forEach((req, i) => {
      const count = Number(req.count)
      if (!req.role) errors.tierErrors[requirementKey(t, i)] = "Pick a role"
      else if (seen.has(req.role)) errors.tierErrors[requirementKey(t, i)] = "This role is already in the tier"
      else if (!Number.isInteger(count) || count < 1 || count > 5) errors.tierErrors[requirementKey(t, i)] = "1 to 5 approvers"
      seen.add(req.role)
    })
  })
  return errors
}

export const ruleHasErrors = (errors: RuleFormErrors) =>
  !!(errors.name || errors.amount || errors.currency || errors.skus || errors.tiers) || Object.keys(errors.tierErrors).length > 0

/** The rule's body; only the conditions given make up the predicate (all must hold). */
export function ruleInputFrom(values: RuleFormValues): ApprovalRuleInput {
  const skus = skuList(values.skus)
  return {
    name: values.name.trim(),
    active: values.active,
    predicate: {
      ...(values.amount.trim()
        ? { total_above: { amount: parseAmount(values.amount) as number, currency_code: values.currency.trim().toLowerCase() } }
        : {}),
      ...(skus.length ? { skus } : {}),
      ...(values.categoryIds.length ? { category_ids: values.categoryIds } : {}),
      ...(values.requesterRoles.length ? { requester_roles: values.requesterRoles } : {}),
    },
    tiers: values.tiers.map((tier) => tier.map((r) => ({ role: r.role, count: Number(r.count) }))),
    allow_self_approval: values.allowSelfApproval,
  }
}
