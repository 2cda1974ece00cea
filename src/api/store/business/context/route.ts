import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BUSINESS_MODULE } from "../../../../modules/business"
import BusinessModuleService from "../../../../modules/business/service"
import { BUSINESS_UNIT_HEADER, BusinessRequest } from "../../../utils/business-context"
import { presentUnit } from "../present"
import { StoreBusinessContext, StoreBusinessContextResponse, StoreSwitchContextResponse } from "../../../../lib/business/contract"
import { StoreSwitchContextType } from "../validators"

async function contextOf(req: BusinessRequest<any>, unitId: string | null): Promise<StoreBusinessContext> {
  if (!unitId) {
    return { header: BUSINESS_UNIT_HEADER, business_unit: null, business_unit_ids: req.business.accessibleUnitIds }
  }
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const unit = await service.retrieveBusinessUnit(unitId)
  return { header: BUSINESS_UNIT_HEADER, business_unit: presentUnit(unit, req.business), business_unit_ids: req.business.accessibleUnitIds }
}

/** The active business context: the unit named by the header, or the customer's only unit. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json({ context: await contextOf(req, req.business.activeUnitId) } satisfies StoreBusinessContextResponse)
}

/**
 * Switching is stateless: this checks that the customer may act in the unit and answers with
 * the unit and the customer's permissions there; the client then sends the header with it.
 */
export async function POST(req: BusinessRequest<StoreSwitchContextType>, res: MedusaResponse) {
  const unitId = req.validatedBody.business_unit_id
  if (!req.business.canAct(unitId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business unit ${unitId} was not found among your business units`)
  }
  res.json({ context: await contextOf(req, unitId) })
}
