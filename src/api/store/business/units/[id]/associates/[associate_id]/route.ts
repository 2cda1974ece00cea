import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rolesBeyondGrant } from "../../../../../../../lib/business/access"
import { BUSINESS_MODULE } from "../../../../../../../modules/business"
import BusinessModuleService from "../../../../../../../modules/business/service"
import { removeAssociateWorkflow } from "../../../../../../../workflows/business/workflows/remove-associate"
import { updateAssociateRolesWorkflow } from "../../../../../../../workflows/business/workflows/update-associate-roles"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { presentAssociate } from "../../../../present"
import { StoreUpdateAssociateType } from "../../../../validators"

/** The associate must belong to the unit in the path: another unit's associate is not found. */
async function associateOfUnit(req: BusinessRequest<any>) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const [associate] = await service.listBusinessAssociates({ id: req.params.associate_id, business_unit_id: req.params.id })
  if (!associate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${req.params.associate_id} was not found in this business unit`)
  }
  return associate
}

export async function POST(req: BusinessRequest<StoreUpdateAssociateType>, res: MedusaResponse) {
  const associate = await associateOfUnit(req)
  const { roles } = req.validatedBody
  const beyond = rolesBeyondGrant(roles, req.business.permissionsIn(req.params.id), req.business.access.catalog)
  if (beyond.length) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `You cannot grant a role with rights you do not hold: ${beyond.join(", ")}`)
  }
  const { result } = await updateAssociateRolesWorkflow(req.scope).run({ input: { associate_id: associate.id, roles } })
  res.json({ associate: presentAssociate(result) })
}

export async function DELETE(req: BusinessRequest, res: MedusaResponse) {
  const associate = await associateOfUnit(req)
  await removeAssociateWorkflow(req.scope).run({ input: { associate_id: associate.id } })
  res.json({ id: associate.id, object: "associate", deleted: true })
}
