import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approvalService } from "../../../../workflows/approvals/utils/approval-need"
import { ApprovalRuleBodyType } from "../../../store/business/approvals/validators"

export async function POST(req: MedusaRequest<Partial<ApprovalRuleBodyType>>, res: MedusaResponse) {
  await approvalService(req.scope).retrieveApprovalRule(req.params.id)
  const rule = await approvalService(req.scope).updateApprovalRules({ id: req.params.id, ...req.validatedBody } as any)
  res.json({ approval_rule: rule })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await approvalService(req.scope).retrieveApprovalRule(req.params.id)
  await approvalService(req.scope).softDeleteApprovalRules(req.params.id)
  res.json({ id: req.params.id, object: "approval_rule", deleted: true })
}
