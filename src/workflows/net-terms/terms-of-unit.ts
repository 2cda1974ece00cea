import { MedusaContainer } from "@medusajs/framework/types"
import { effectiveTerms, EffectiveTerms, TermsSettings, UnitNode } from "../../lib/net-terms/settings"
import { businessModule } from "../../modules/business"
import { netTermsModule } from "../../modules/net-terms"

/** The lock every credit check and reservation of one credit holder runs under. */
export const creditLockKey = (creditHolderId: string) => `net-terms-credit:${creditHolderId}`

/** The unit's effective terms, credit limit and credit holder (its own or inherited), or null. */
export async function termsOfUnit(container: MedusaContainer, unitId: string): Promise<EffectiveTerms | null> {
  const business = businessModule(container)
  const unit = await business.retrieveBusinessUnitOrFail(unitId)
  return termsInTree(container, unitId, await business.listCompanyTrees([unit.company_id ?? unit.id]))
}

/** The same, for a caller that has the unit's company tree already (the business-cart loader). */
export async function termsInTree(container: MedusaContainer, unitId: string, tree: UnitNode[]): Promise<EffectiveTerms | null> {
  if (!tree.some((u) => u.id === unitId)) return null
  const rows = await netTermsModule(container).listTermsSettings({ business_unit_id: tree.map((u) => u.id) }, { take: null })
  const settings = new Map(
    rows.map((r) => [r.business_unit_id, { ...r, credit_limit: r.credit_limit === null ? null : Number(r.credit_limit) } as TermsSettings])
  )
  return effectiveTerms(unitId, new Map(tree.map((u) => [u.id, u])), settings)
}
