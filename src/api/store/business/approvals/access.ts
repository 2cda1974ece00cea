import { MedusaError } from "@medusajs/framework/utils"
import { effectiveRoles } from "../../../../lib/business/access"
import { approvalModule } from "../../../../modules/approval"
import { BusinessRequest } from "../../../utils/business-context"

/** The flow in the path, for its requester or an approver of its unit; anyone else gets 404. */
export async function flowFor(req: BusinessRequest<any>, forDecision = false) {
  const [flow] = await approvalModule(req.scope).listApprovalFlows({ id: req.params.id }, { relations: ["decisions"] })
  const { business } = req
  const approver = !!flow && business.canAct(flow.business_unit_id) && business.permissionsIn(flow.business_unit_id).has("orders.approve")
  if (!flow || !(approver || flow.requester_customer_id === business.customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval ${req.params.id} was not found`)
  }
  if (forDecision && !approver) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, 'Your role does not allow this (it needs the "orders.approve" permission)')
  }
  return flow
}

/** The approver's identity in the flow's unit: the acting associate and its effective roles. */
export function approverIn(req: BusinessRequest<any>, unitId: string) {
  const { business } = req
  return {
    customer_id: business.customerId,
    associate_id: business.associateIn(unitId)!,
    roles: effectiveRoles(unitId, business.access.units, business.access.memberships),
  }
}
