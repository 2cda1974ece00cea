import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { budgetCurrencyRefusal } from "../../lib/approvals/budget"
import { AssociateBudget, BudgetResponse, BudgetsResponse } from "../../lib/approvals/contract"
import { approvalModule } from "../../modules/approval"
import { businessModule } from "../../modules/business"
import type { BudgetBodyType } from "../store/business/approvals/validators"

/**
 * The budgets of a unit's associates, set by the merchant (/admin/business-units/:id/budgets) and
 * by the unit's approval managers in the portal (/store/business/units/:id/budgets): one set of
 * handlers for both.
 */

export const presentBudget = (budget: Record<string, any>): AssociateBudget => ({
  id: budget.id,
  business_unit_id: budget.business_unit_id,
  associate_id: budget.associate_id,
  // Stored as a big number; the contract's amounts are plain numbers in major units.
  amount: Number(budget.amount),
  currency_code: budget.currency_code,
  period: budget.period,
})

async function shopCurrencies(container: MedusaContainer) {
  const stores = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  return stores.flatMap((store) => (store.supported_currencies ?? []).map((c) => c.currency_code))
}

export async function listUnitBudgets(req: MedusaRequest, res: MedusaResponse) {
  await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const budgets = await approvalModule(req.scope).listApprovalBudgets({ business_unit_id: req.params.id }, { take: null })
  res.json({ budgets: budgets.map(presentBudget) } satisfies BudgetsResponse)
}

/** Sets (or replaces) the budget of one of the unit's associates; another unit's associate is a 404. */
export async function setAssociateBudget(req: MedusaRequest<BudgetBodyType>, res: MedusaResponse) {
  await businessModule(req.scope).retrieveUnitAssociateOrFail(req.params.id, req.validatedBody.associate_id)
  const refusal = budgetCurrencyRefusal(req.validatedBody.currency_code, await shopCurrencies(req.scope))
  if (refusal) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  }
  const service = approvalModule(req.scope)
  const [existing] = await service.listApprovalBudgets({ associate_id: req.validatedBody.associate_id, business_unit_id: req.params.id })
  const data = { ...req.validatedBody, business_unit_id: req.params.id }
  const budget = existing ? await service.updateApprovalBudgets({ id: existing.id, ...data }) : await service.createApprovalBudgets(data)
  res.json({ budget: presentBudget(budget) } satisfies BudgetResponse)
}
