import { MedusaResponse } from "@medusajs/framework/http"
import { BUSINESS_MODULE } from "../../../../modules/business"
import BusinessModuleService from "../../../../modules/business/service"
import { BusinessRequest } from "../../../utils/business-context"
import { asTree, presentUnit } from "../present"
import { StoreBusinessUnitsResponse } from "../../../../lib/business/contract"

/** The units the customer acts in, as a tree, with addresses and the customer's permissions in each. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const ids = req.business.accessibleUnitIds
  const units = ids.length
    ? await service.listBusinessUnits({ id: ids }, { relations: ["addresses"], order: { created_at: "ASC" }, take: null })
    : []
  const presented = units.map((u) => presentUnit(u, req.business))
  res.json({ business_units: asTree(presented), active_business_unit_id: req.business.activeUnitId } satisfies StoreBusinessUnitsResponse)
}
