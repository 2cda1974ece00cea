import { MedusaResponse } from "@medusajs/framework/http"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { respondWithBulkAdd } from "../../../../../../utils/bulk-add"
import { StoreBulkAddType } from "../../../validators"

/** Quick order: many lines (SKU or variant id, quantity) in one request, a report per row. */
export async function POST(req: BusinessRequest<StoreBulkAddType>, res: MedusaResponse) {
  const { lines, mode } = req.validatedBody
  await respondWithBulkAdd(req, res, { cart_id: req.params.id, lines, mode })
}
