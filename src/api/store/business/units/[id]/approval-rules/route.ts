import { MedusaResponse } from "@medusajs/framework/http"
import { approvalModule } from "../../../../../../modules/approval"
import { BusinessRequest } from "../../../../../utils/business-context"
import { ApprovalRuleBodyType } from "../../../approvals/validators"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const rules = await approvalModule(req.scope).listApprovalRules({ business_unit_id: req.params.id }, { order: { created_at: "ASC" }, take: null })
  res.json({ approval_rules: rules })
}

export async function POST(req: BusinessRequest<ApprovalRuleBodyType>, res: MedusaResponse) {
  const rule = await approvalModule(req.scope).createApprovalRules({ ...req.validatedBody, business_unit_id: req.params.id } as any)
  res.status(201).json({ approval_rule: rule })
}
