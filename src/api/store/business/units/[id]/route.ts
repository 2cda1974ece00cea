import { MedusaResponse } from "@medusajs/framework/http"
import { BUSINESS_MODULE } from "../../../../../modules/business"
import BusinessModuleService from "../../../../../modules/business/service"
import { updateBusinessUnitWorkflow } from "../../../../../workflows/business/workflows/update-business-unit"
import { BusinessRequest } from "../../../../utils/business-context"
import { presentUnit } from "../../present"
import { StoreBusinessUnitResponse } from "../../../../../lib/business/contract"
import { StoreUpdateUnitType } from "../../validators"

async function unitResponse(req: BusinessRequest<any>, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const unit = await service.retrieveBusinessUnit(req.params.id, { relations: ["addresses"] })
  res.json({ business_unit: presentUnit(unit, req.business) } satisfies StoreBusinessUnitResponse)
}

export const GET = unitResponse

export async function POST(req: BusinessRequest<StoreUpdateUnitType>, res: MedusaResponse) {
  await updateBusinessUnitWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  await unitResponse(req, res)
}
