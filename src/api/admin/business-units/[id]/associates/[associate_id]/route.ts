import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { businessModule } from "../../../../../../modules/business"
import { removeAssociateWorkflow } from "../../../../../../workflows/business/workflows/remove-associate"
import { updateAssociateRolesWorkflow } from "../../../../../../workflows/business/workflows/update-associate-roles"
import { presentAssociate } from "../../../../../store/business/present"
import { AdminUpdateAssociateType } from "../../../validators"
import { AssociateResponse } from "../../../../../../lib/business/contract"

export async function POST(req: MedusaRequest<AdminUpdateAssociateType>, res: MedusaResponse) {
  const associate = await businessModule(req.scope).retrieveUnitAssociateOrFail(req.params.id, req.params.associate_id)
  const { result } = await updateAssociateRolesWorkflow(req.scope).run({ input: { associate_id: associate.id, roles: req.validatedBody.roles } })
  res.json({ associate: presentAssociate(result) } satisfies AssociateResponse)
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const associate = await businessModule(req.scope).retrieveUnitAssociateOrFail(req.params.id, req.params.associate_id)
  await removeAssociateWorkflow(req.scope).run({ input: { associate_id: associate.id } })
  res.json({ id: associate.id, object: "associate", deleted: true })
}
