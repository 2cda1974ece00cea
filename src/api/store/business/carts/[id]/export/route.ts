import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderSheetCsv } from "../../../../../../lib/bulk-order/sheet"
import { BusinessRequest } from "../../../../../utils/business-context"
import { sendOrderSheet } from "../../../../../utils/order-sheet"

/** The cart as an order sheet (CSV) to edit in a spreadsheet and upload again. */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.variant_sku", "items.quantity", "items.product_title", "items.variant_title", "items.unit_price"],
    filters: { id: req.params.id },
  })
  const items = ((data[0] as any)?.items ?? []) as any[]
  const csv = orderSheetCsv(items.map((i) => ({ sku: i.variant_sku, quantity: Number(i.quantity), product_title: i.product_title, variant_title: i.variant_title, unit_price: Number(i.unit_price) })))
  sendOrderSheet(res, `cart-${req.params.id}.csv`, csv)
}
