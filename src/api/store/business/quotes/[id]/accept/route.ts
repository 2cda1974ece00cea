import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quotes/workflows/accept-quote"
import { BusinessRequest } from "../../../../../utils/business-context"
import { quoteFor } from "../../access"

/** Accepting twice (a double click, ten tabs) answers with the one order. */
export async function POST(req: BusinessRequest, res: MedusaResponse) {
  await quoteFor(req, "respond")
  const { result } = await acceptQuoteWorkflow(req.scope).run({ input: { quote_id: req.params.id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "total", "currency_code", "metadata", "sales_channel_id", "items.variant_id", "items.quantity", "items.unit_price"],
    filters: { id: result.order_id },
  })
  res.json({ order: data[0] })
}
