import { MedusaResponse } from "@medusajs/framework/http"
import { orderSheetCsv } from "../../../../../../lib/bulk-order/sheet"
import { pastOrderLines } from "../../../../../../workflows/bulk-order/past-order-lines"
import { BusinessRequest } from "../../../../../utils/business-context"
import { sendOrderSheet } from "../../../../../utils/order-sheet"

/** A past order as an order sheet (CSV): last week's order, edited in a spreadsheet, uploads as this week's. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const { sheet } = await pastOrderLines(req.scope, req.params.id)
  sendOrderSheet(res, `order-${req.params.id}.csv`, orderSheetCsv(sheet))
}
