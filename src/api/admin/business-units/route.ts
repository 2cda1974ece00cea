import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { BUSINESS_MODULE } from "../../../modules/business"
import BusinessModuleService from "../../../modules/business/service"
import { createBusinessUnitWorkflow } from "../../../workflows/business/workflows/create-business-unit"
import { AdminCreateUnitType, AdminListUnits } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(AdminListUnits, req.query)
  const { q, limit, offset, ...filters } = parsedQuery
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const [business_units, count] = await service.listAndCountBusinessUnits(
    { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    { skip: offset, take: limit, order: { created_at: "ASC" } }
  )
  res.json({ business_units, count, limit, offset })
}

export async function POST(req: MedusaRequest<AdminCreateUnitType>, res: MedusaResponse) {
  const { result } = await createBusinessUnitWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ business_unit: result })
}
