import { MedusaResponse } from "@medusajs/framework/http"
import { createBusinessUnitWorkflow } from "../../../../../../workflows/business/workflows/create-business-unit"
import { BusinessRequest } from "../../../../../utils/business-context"
import { StoreCreateDivisionType } from "../../../validators"

export async function POST(req: BusinessRequest<StoreCreateDivisionType>, res: MedusaResponse) {
  const { result } = await createBusinessUnitWorkflow(req.scope).run({
    input: { ...req.validatedBody, parent_id: req.params.id },
  })
  res.status(201).json({ business_unit: result })
}
