import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../utils/business-context"
import { statementOf } from "../../../../../../workflows/net-terms/statement-of-unit"
import { StatementResponse } from "../../../../../../lib/net-terms/contract"

/** Open invoices with aging, and the credit limit, used and available. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  res.json({ statement: await statementOf(req.scope, req.params.id) } satisfies StatementResponse)
}
