import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BUSINESS_MODULE } from "../../../../../../../modules/business"
import BusinessModuleService from "../../../../../../../modules/business/service"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { StoreUpdateAddressType } from "../../../../validators"
import { UnitAddressResponse } from "../../../../../../../lib/business/contract"

export async function POST(req: BusinessRequest<StoreUpdateAddressType>, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const address = await service.saveUnitAddress(req.params.id, req.validatedBody, req.params.address_id)
  res.json({ address } satisfies UnitAddressResponse)
}

export async function DELETE(req: BusinessRequest, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const [address] = await service.listBusinessUnitAddresses({ id: req.params.address_id, business_unit_id: req.params.id })
  if (!address) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Address ${req.params.address_id} was not found in this business unit`)
  }
  await service.deleteBusinessUnitAddresses(address.id)
  res.json({ id: address.id, object: "business_unit_address", deleted: true })
}
