import { MedusaResponse } from "@medusajs/framework/http"
import { BUSINESS_MODULE } from "../../../../../../modules/business"
import BusinessModuleService from "../../../../../../modules/business/service"
import { BusinessRequest } from "../../../../../utils/business-context"
import { presentAssociate } from "../../../present"
import { AssociatesResponse } from "../../../../../../lib/business/contract"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const associates = await service.listBusinessAssociates(
    { business_unit_id: req.params.id },
    { order: { created_at: "ASC" }, take: null }
  )
  res.json({ associates: associates.map(presentAssociate) } satisfies AssociatesResponse)
}
