import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BUSINESS_MODULE } from "../../../../../modules/business"
import BusinessModuleService from "../../../../../modules/business/service"
import { addAssociateWorkflow } from "../../../../../workflows/business/workflows/add-associate"
import { presentAssociate } from "../../../../store/business/present"
import { AdminAddAssociateType } from "../../validators"
import { AssociateResponse, AssociatesResponse } from "../../../../../lib/business/contract"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service: BusinessModuleService = req.scope.resolve(BUSINESS_MODULE)
  const associates = await service.listBusinessAssociates({ business_unit_id: req.params.id }, { order: { created_at: "ASC" }, take: null })
  res.json({ associates: associates.map(presentAssociate) } satisfies AssociatesResponse)
}

export async function POST(req: MedusaRequest<AdminAddAssociateType>, res: MedusaResponse) {
  const { result } = await addAssociateWorkflow(req.scope).run({ input: { business_unit_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ associate: presentAssociate(result) } satisfies AssociateResponse)
}
