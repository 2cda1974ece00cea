import { MedusaResponse } from "@medusajs/framework/http"
import { ORDER_SHEET_TEMPLATE } from "../../../../lib/bulk-order/sheet"
import { BusinessRequest } from "../../../utils/business-context"
import { sendOrderSheet } from "../../../utils/order-sheet"

/** The blank order sheet (sku,quantity) buyers start a file upload from. */
export async function GET(_req: BusinessRequest, res: MedusaResponse) {
  sendOrderSheet(res, "order-sheet-template.csv", ORDER_SHEET_TEMPLATE)
}
