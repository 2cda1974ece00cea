import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { approvalModule } from "../../../../../../modules/approval"

/** Removes an associate's budget: their orders then need approval only where a rule says so. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const service = approvalModule(req.scope)
  const [budget] = await service.listApprovalBudgets({ id: req.params.budget_id, business_unit_id: req.params.id })
  if (!budget) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Budget ${req.params.budget_id} was not found in this business unit`)
  }
  await service.deleteApprovalBudgets(budget.id)
  res.json({ id: budget.id, object: "approval_budget", deleted: true })
}
