import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { approvalModule } from "../../../../../../../modules/approval"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { ApprovalRuleBodyType } from "../../../../approvals/validators"

async function ruleOfUnit(req: BusinessRequest<any>) {
  const [rule] = await approvalModule(req.scope).listApprovalRules({ id: req.params.rule_id, business_unit_id: req.params.id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval rule ${req.params.rule_id} was not found in this business unit`)
  return rule
}

export async function POST(req: BusinessRequest<Partial<ApprovalRuleBodyType>>, res: MedusaResponse) {
  const rule = await ruleOfUnit(req)
  const updated = await approvalModule(req.scope).updateApprovalRules({ id: rule.id, ...req.validatedBody } as any)
  res.json({ approval_rule: updated })
}

export async function DELETE(req: BusinessRequest, res: MedusaResponse) {
  const rule = await ruleOfUnit(req)
  await approvalModule(req.scope).softDeleteApprovalRules(rule.id)
  res.json({ id: rule.id, object: "approval_rule", deleted: true })
}
