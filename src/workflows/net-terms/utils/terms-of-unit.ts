import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { effectiveTerms, EffectiveTerms, TermsSettings } from "../../../lib/net-terms/settings"
import { creditPosition } from "../../../lib/net-terms/terms"
import { NET_TERMS_MODULE } from "../../../modules/net-terms"
import NetTermsModuleService from "../../../modules/net-terms/service"
import { retrieveUnitOrFail, businessService } from "../../business/utils/lookups"

export const netTermsService = (container: MedusaContainer): NetTermsModuleService => container.resolve(NET_TERMS_MODULE)

/** The lock every credit check and reservation of one credit holder runs under. */
export const creditLockKey = (creditHolderId: string) => `net-terms-credit:${creditHolderId}`

/** The unit's effective terms, credit limit and credit holder (its own or inherited), or null. */
export async function termsOfUnit(container: MedusaContainer, unitId: string): Promise<EffectiveTerms | null> {
  const unit = await retrieveUnitOrFail(container, unitId)
  const tree = await businessService(container).listCompanyTrees([unit.company_id ?? unit.id])
  const rows = await netTermsService(container).listTermsSettings({ business_unit_id: tree.map((u) => u.id) }, { take: null })
  const settings = new Map(
    rows.map((r) => [r.business_unit_id, { ...r, credit_limit: r.credit_limit === null ? null : Number(r.credit_limit) } as TermsSettings])
  )
  return effectiveTerms(unitId, new Map(tree.map((u) => [u.id, u])), settings)
}

export async function creditPositionOf(container: MedusaContainer, terms: EffectiveTerms) {
  const { unpaid, held } = await netTermsService(container).receivablesOf(terms.credit_holder_id)
  return { ...creditPosition(terms.credit_limit, unpaid, held), currency_code: terms.currency_code }
}

export const lockingService = (container: MedusaContainer) => container.resolve(Modules.LOCKING)
