import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBusinessRoleWorkflow, saveBusinessRoleWorkflow } from "../../../../workflows/business/workflows/business-roles"
import { AdminUpdateRoleType } from "../../business-units/validators"

export async function POST(req: MedusaRequest<AdminUpdateRoleType>, res: MedusaResponse) {
  const { result } = await saveBusinessRoleWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ role: result })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await deleteBusinessRoleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "business_role", deleted: true })
}
