import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { businessModule } from "../../../modules/business"
import { approvalModule } from "../../../modules/approval"
import { ApprovalRuleBodyType } from "../../store/business/approvals/validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = typeof req.query.business_unit_id === "string" ? { business_unit_id: req.query.business_unit_id } : {}
  const rules = await approvalModule(req.scope).listApprovalRules(unit, { order: { created_at: "ASC" }, take: 200 })
  res.json({ approval_rules: rules })
}

export async function POST(req: MedusaRequest<ApprovalRuleBodyType & { business_unit_id: string }>, res: MedusaResponse) {
  await businessModule(req.scope).retrieveBusinessUnitOrFail(req.validatedBody.business_unit_id)
  const rule = await approvalModule(req.scope).createApprovalRules(req.validatedBody as any)
  res.status(201).json({ approval_rule: rule })
}
