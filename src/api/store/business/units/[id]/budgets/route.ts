import { MedusaResponse } from "@medusajs/framework/http"
import { businessModule } from "../../../../../../modules/business"
import { approvalModule } from "../../../../../../modules/approval"
import { BusinessRequest } from "../../../../../utils/business-context"
import { BudgetBodyType } from "../../../approvals/validators"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const budgets = await approvalModule(req.scope).listApprovalBudgets({ business_unit_id: req.params.id }, { take: null })
  res.json({ budgets: budgets.map((b) => ({ ...b, amount: Number(b.amount) })) })
}

/** Sets (or replaces) an associate's budget in this unit. */
export async function POST(req: BusinessRequest<BudgetBodyType>, res: MedusaResponse) {
  await businessModule(req.scope).retrieveUnitAssociateOrFail(req.params.id, req.validatedBody.associate_id)
  const service = approvalModule(req.scope)
  const [existing] = await service.listApprovalBudgets({ associate_id: req.validatedBody.associate_id, business_unit_id: req.params.id })
  const data = { ...req.validatedBody, business_unit_id: req.params.id }
  const budget = existing ? await service.updateApprovalBudgets({ id: existing.id, ...data }) : await service.createApprovalBudgets(data)
  res.json({ budget: { ...budget, amount: Number(budget.amount) } })
}
