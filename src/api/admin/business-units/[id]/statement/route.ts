import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { businessModule } from "../../../../../modules/business"
import { statementOf } from "../../../../../workflows/net-terms/statement-of-unit"
import { StatementResponse } from "../../../../../lib/net-terms/contract"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const unit = await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  res.json({ statement: await statementOf(req.scope, unit.id) } satisfies StatementResponse)
}
