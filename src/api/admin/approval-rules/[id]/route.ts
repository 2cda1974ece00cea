import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvalModule } from "../../../../modules/approval"
import { ApprovalRuleBodyType } from "../../../store/business/approvals/validators"

export async function POST(req: MedusaRequest<Partial<ApprovalRuleBodyType>>, res: MedusaResponse) {
  await approvalModule(req.scope).retrieveApprovalRule(req.params.id)
  const rule = await approvalModule(req.scope).updateApprovalRules({ id: req.params.id, ...req.validatedBody } as any)
  res.json({ approval_rule: rule })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await approvalModule(req.scope).retrieveApprovalRule(req.params.id)
  await approvalModule(req.scope).softDeleteApprovalRules(req.params.id)
  res.json({ id: req.params.id, object: "approval_rule", deleted: true })
}
