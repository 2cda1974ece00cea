import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { BUSINESS_MODULE } from "../../../../../../modules/business"
import BusinessModuleService from "../../../../../../modules/business/service"
import { removeAssociateWorkflow } from "../../../../../../workflows/business/workflows/remove-associate"
import { updateAssociateRolesWorkflow } from "../../../../../../workflows/business/workflows/update-associate-roles"
import { presentAssociate } from "../../../../../store/business/present"
import { AdminUpdateAssociateType } from "../../../validators"

async function associateOfUnit(req: MedusaRequest<any>) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const [associate] = await service.listBusinessAssociates({ id: req.params.associate_id, business_unit_id: req.params.id })
  if (!associate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Associate ${req.params.associate_id} was not found in this business unit`)
  }
  return associate
}

export async function POST(req: MedusaRequest<AdminUpdateAssociateType>, res: MedusaResponse) {
  const associate = await associateOfUnit(req)
  const { result } = await updateAssociateRolesWorkflow(req.scope).run({ input: { associate_id: associate.id, roles: req.validatedBody.roles } })
  res.json({ associate: presentAssociate(result) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const associate = await associateOfUnit(req)
  await removeAssociateWorkflow(req.scope).run({ input: { associate_id: associate.id } })
  res.json({ id: associate.id, object: "associate", deleted: true })
}
