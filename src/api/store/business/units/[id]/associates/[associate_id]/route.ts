import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RoleAssignment, rolesOf } from "../../../../../../../lib/business/access"
import { associateChangeRefusal } from "../../../../../../../lib/business/hierarchy"
import { businessModule } from "../../../../../../../modules/business"
import { removeAssociateWorkflow } from "../../../../../../../workflows/business/workflows/remove-associate"
import { updateAssociateRolesWorkflow } from "../../../../../../../workflows/business/workflows/update-associate-roles"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { presentAssociate } from "../../../../present"
import { AssociateResponse } from "../../../../../../../lib/business/contract"
import { StoreUpdateAssociateType } from "../../../../validators"

/** The associate of the unit, once the role hierarchy allows the caller to change (`roles`) or remove it (403 otherwise). */
async function associateWithinHierarchy(req: BusinessRequest<any>, roles?: RoleAssignment[]) {
  const service = businessModule(req.scope)
  const associate = await service.retrieveUnitAssociateOrFail(req.params.id, req.params.associate_id)
  const target = await service.accessOf(associate.customer_id)
  const refusal = associateChangeRefusal(req.business.access, {
    unit_id: req.params.id,
    target: { customer_id: associate.customer_id, roles: rolesOf(associate.roles) },
    target_memberships: target.memberships,
    roles,
  })
  if (refusal) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal)
  }
  return associate
}

export async function POST(req: BusinessRequest<StoreUpdateAssociateType>, res: MedusaResponse) {
  const { roles } = req.validatedBody
  const associate = await associateWithinHierarchy(req, roles)
  const { result } = await updateAssociateRolesWorkflow(req.scope).run({ input: { associate_id: associate.id, roles } })
  res.json({ associate: presentAssociate(result) } satisfies AssociateResponse)
}

export async function DELETE(req: BusinessRequest, res: MedusaResponse) {
  const associate = await associateWithinHierarchy(req)
  await removeAssociateWorkflow(req.scope).run({ input: { associate_id: associate.id } })
  res.json({ id: associate.id, object: "associate", deleted: true })
}
