import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setUnitPriceListWorkflow } from "../../../../../workflows/business/workflows/set-unit-price-list"
import { AdminSetPriceListType } from "../../validators"
import { AdminUnitPriceListResponse } from "../../../../../lib/business/contract"

export async function POST(req: MedusaRequest<AdminSetPriceListType>, res: MedusaResponse) {
  const { result } = await setUnitPriceListWorkflow(req.scope).run({ input: { business_unit_id: req.params.id, ...req.validatedBody } })
  res.json({ price_list: result } satisfies AdminUnitPriceListResponse)
}
