import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { approvalModule } from "../../../../../../modules/approval"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quotes/workflows/accept-quote"
import { BusinessRequest } from "../../../../../utils/business-context"
import { quoteFor } from "../../access"
import { ORDER_ITEM_QUANTITY } from "../../../../../../lib/orders/order-items"

/**
 * Accepting twice (a double click, ten tabs) answers with the one order. When the unit's rules
 * or the budget ask for approval, the answer is 202 with `status: "approval_pending"` and the
 * approval; the order is placed when it is approved. The answer's shape is QuoteAcceptance
 * (src/lib/quotes/contract.ts).
 */
export async function POST(req: BusinessRequest, res: MedusaResponse) {
  await quoteFor(req, "respond")
  const { result } = await acceptQuoteWorkflow(req.scope).run({ input: { quote_id: req.params.id, actor_customer_id: req.business.customerId } })
  if (result.status === "approval_pending") {
    const approval = await approvalModule(req.scope).retrieveApprovalFlowOrFail(result.approval_flow_id)
    return res.status(202).json({ status: result.status, approval })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "total", "currency_code", "metadata", "sales_channel_id", "items.variant_id", "items.quantity", ORDER_ITEM_QUANTITY, "items.unit_price"],
    filters: { id: result.order_id },
  })
  res.json({ status: result.status, order: data[0] })
}
