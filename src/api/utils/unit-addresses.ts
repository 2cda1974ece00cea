import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { UnitAddressesResponse, UnitAddressResponse } from "../../lib/business/contract"
import { businessModule } from "../../modules/business"
import type { AddressType, StoreUpdateAddressType } from "../store/business/validators"

/**
 * A unit's addresses, kept by the merchant (/admin/business-units/:id/addresses) and by the
 * unit's admins in the portal (/store/business/units/:id/addresses, behind the unit's
 * permissions): one set of handlers for both. The unit is read first so that an unknown unit is
 * a 404, never an empty list or an address without a unit; another unit's address is a 404 too.
 */
export async function listUnitAddresses(req: MedusaRequest, res: MedusaResponse) {
  const service = businessModule(req.scope)
  await service.retrieveBusinessUnitOrFail(req.params.id)
  const addresses = await service.listBusinessUnitAddresses({ business_unit_id: req.params.id }, { take: null })
  res.json({ addresses } satisfies UnitAddressesResponse)
}

export async function addUnitAddress(req: MedusaRequest<AddressType>, res: MedusaResponse) {
  const service = businessModule(req.scope)
  await service.retrieveBusinessUnitOrFail(req.params.id)
  const address = await service.saveUnitAddress(req.params.id, req.validatedBody)
  res.status(201).json({ address } satisfies UnitAddressResponse)
}

export async function updateUnitAddress(req: MedusaRequest<StoreUpdateAddressType>, res: MedusaResponse) {
  const address = await businessModule(req.scope).saveUnitAddress(req.params.id, req.validatedBody, req.params.address_id)
  res.json({ address } satisfies UnitAddressResponse)
}

export async function deleteUnitAddress(req: MedusaRequest, res: MedusaResponse) {
  const service = businessModule(req.scope)
  const address = await service.retrieveUnitAddressOrFail(req.params.id, req.params.address_id)
  await service.deleteBusinessUnitAddresses(address.id)
  res.json({ id: address.id, object: "business_unit_address", deleted: true })
}
