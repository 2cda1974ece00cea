import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ReceivingProfileResponse, ReceivingProfilesResponse } from "../../lib/delivery/contract"
import { businessModule } from "../../modules/business"
import { deliveryModule } from "../../modules/delivery"
import type { ReceivingProfileBodyType } from "../store/business/validators"
import { presentReceivingProfile } from "./delivery-views"

/**
 * Receiving profiles of a unit's addresses, kept by the merchant (/admin/business-units/:id/…)
 * and by the unit's admins in the portal (/store/business/units/:id/…, behind unit.update): one
 * set of handlers. An unknown unit, or another unit's address, is a 404.
 */
export async function listReceivingProfiles(req: MedusaRequest, res: MedusaResponse) {
  await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const profiles = await deliveryModule(req.scope).listReceivingProfiles({ business_unit_id: req.params.id }, { take: null })
  res.json({ receiving_profiles: profiles.map(presentReceivingProfile) } satisfies ReceivingProfilesResponse)
}

export async function saveReceivingProfile(req: MedusaRequest<ReceivingProfileBodyType>, res: MedusaResponse) {
  const address = await businessModule(req.scope).retrieveUnitAddressOrFail(req.params.id, req.params.address_id)
  const profile = await deliveryModule(req.scope).saveReceivingProfile(req.params.id, address.id, req.validatedBody)
  res.json({ receiving_profile: presentReceivingProfile(profile) } satisfies ReceivingProfileResponse)
}
