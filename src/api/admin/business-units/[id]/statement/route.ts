import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveUnitOrFail } from "../../../../../workflows/business/utils/lookups"
import { statementOf } from "../../../../../workflows/net-terms/utils/invoices-read"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await retrieveUnitOrFail(req.scope, req.params.id)
  res.json({ statement: await statementOf(req.scope, unit.id) })
}
