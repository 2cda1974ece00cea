import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BUILT_IN_ROLES, PERMISSIONS } from "../../../lib/business/permissions"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"
import { saveBusinessRoleWorkflow } from "../../../workflows/business/workflows/business-roles"
import { AdminCreateRoleType } from "../business-units/validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const merchant = await service.listBusinessRoles({}, { order: { created_at: "ASC" }, take: null })
  const builtIn = Object.entries(BUILT_IN_ROLES).map(([handle, role]) => ({ handle, ...role, built_in: true }))
  res.json({ roles: [...builtIn, ...merchant.map((r) => ({ ...r, built_in: false }))], permissions: PERMISSIONS })
}

export async function POST(req: MedusaRequest<AdminCreateRoleType>, res: MedusaResponse) {
  const { result } = await saveBusinessRoleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ role: result })
}
