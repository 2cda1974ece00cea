import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setUnitCustomerGroupWorkflow } from "../../../../../workflows/business/workflows/set-unit-customer-group"
import { AdminSetCustomerGroupType } from "../../validators"
import { AdminUnitCustomerGroupResponse } from "../../../../../lib/business/contract"

export async function POST(req: MedusaRequest<AdminSetCustomerGroupType>, res: MedusaResponse) {
  await setUnitCustomerGroupWorkflow(req.scope).run({ input: { business_unit_id: req.params.id, ...req.validatedBody } })
  res.json({ business_unit_id: req.params.id, customer_group_id: req.validatedBody.customer_group_id } satisfies AdminUnitCustomerGroupResponse)
}
