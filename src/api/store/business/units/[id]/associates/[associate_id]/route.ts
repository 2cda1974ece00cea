import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rolesBeyondGrant } from "../../../../../../../lib/business/access"
import { businessModule } from "../../../../../../../modules/business"
import { removeAssociateWorkflow } from "../../../../../../../workflows/business/workflows/remove-associate"
import { updateAssociateRolesWorkflow } from "../../../../../../../workflows/business/workflows/update-associate-roles"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { presentAssociate } from "../../../../present"
import { StoreUpdateAssociateType } from "../../../../validators"

export async function POST(req: BusinessRequest<StoreUpdateAssociateType>, res: MedusaResponse) {
  const associate = await businessModule(req.scope).retrieveUnitAssociateOrFail(req.params.id, req.params.associate_id)
  const { roles } = req.validatedBody
  const beyond = rolesBeyondGrant(roles, req.business.permissionsIn(req.params.id), req.business.access.catalog)
  if (beyond.length) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `You cannot grant a role with rights you do not hold: ${beyond.join(", ")}`)
  }
  const { result } = await updateAssociateRolesWorkflow(req.scope).run({ input: { associate_id: associate.id, roles } })
  res.json({ associate: presentAssociate(result) })
}

export async function DELETE(req: BusinessRequest, res: MedusaResponse) {
  const associate = await businessModule(req.scope).retrieveUnitAssociateOrFail(req.params.id, req.params.associate_id)
  await removeAssociateWorkflow(req.scope).run({ input: { associate_id: associate.id } })
  res.json({ id: associate.id, object: "associate", deleted: true })
}
