import { MedusaResponse } from "@medusajs/framework/http"
import { BUSINESS_MODULE } from "../../../../../../modules/business"
import BusinessModuleService from "../../../../../../modules/business/service"
import { BusinessRequest } from "../../../../../utils/business-context"
import { AddressType } from "../../../validators"
import { UnitAddressesResponse, UnitAddressResponse } from "../../../../../../lib/business/contract"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const addresses = await service.listBusinessUnitAddresses({ business_unit_id: req.params.id }, { take: null })
  res.json({ addresses } satisfies UnitAddressesResponse)
}

export async function POST(req: BusinessRequest<AddressType>, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const address = await service.saveUnitAddress(req.params.id, req.validatedBody)
  res.status(201).json({ address } satisfies UnitAddressResponse)
}
