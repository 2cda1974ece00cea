import { PaymentTerms } from "./terms"

/** A unit's own net-terms settings; null fields are taken from the nearest ancestor that sets them. */
export type TermsSettings = {
  business_unit_id: string
  terms: PaymentTerms | null
  credit_limit: number | null
  currency_code: string | null
}

export type UnitNode = { id: string; parent_id: string | null }

export type EffectiveTerms = {
  terms: PaymentTerms
  /** The unit whose credit limit this unit's orders draw on (itself, or an ancestor). */
  credit_holder_id: string
  credit_limit: number
  currency_code: string
}

/** The unit and its ancestors, nearest first (the tree is at most 5 levels deep). */
export function lineage(unitId: string, units: Map<string, UnitNode>): string[] {
  const chain: string[] = []
  for (let id: string | null = unitId; id && !chain.includes(id); id = units.get(id)?.parent_id ?? null) {
    chain.push(id)
  }
  return chain
}

/**
 * A division uses its company's terms and draws on its company's credit limit unless it has its
 * own: terms come from the nearest unit (self first) that sets them, and so, separately, does
 * the credit limit. No terms anywhere, or terms without any credit limit, mean no net terms.
 */
export function effectiveTerms(
  unitId: string,
  units: Map<string, UnitNode>,
  settings: Map<string, TermsSettings>
): EffectiveTerms | null {
  const chain = lineage(unitId, units).map((id) => settings.get(id)).filter((s): s is TermsSettings => !!s)
  const terms = chain.find((s) => s.terms)?.terms
  const holder = chain.find((s) => s.credit_limit !== null && s.currency_code)
  if (!terms || !holder) return null
  return {
    terms,
    credit_holder_id: holder.business_unit_id,
    credit_limit: Number(holder.credit_limit),
    currency_code: holder.currency_code!,
  }
}
