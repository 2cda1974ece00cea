import { MedusaResponse } from "@medusajs/framework/http"
import { PlacedDeliveriesResponse } from "../../../../../../../lib/delivery/contract"
import { deliveryModule } from "../../../../../../../modules/delivery"
import { placeSplitCheckoutWorkflow } from "../../../../../../../workflows/delivery/place-split-checkout"
import { BusinessRequest } from "../../../../../../utils/business-context"
import { presentPlacedDeliveries } from "../../../../../../utils/delivery-views"

/**
 * Places a cart split into deliveries: one order per delivery, with one approval, one credit
 * check and one PO for the whole checkout (placeSplitCheckoutWorkflow). A repeat of a placed
 * checkout (a double submit) answers with its deliveries.
 */
export async function POST(req: BusinessRequest, res: MedusaResponse) {
  const service = deliveryModule(req.scope)
  const placedAlready = async () => {
    const plan = await service.planOfCart(req.params.id)
    return plan?.status === "placed" ? plan : null
  }
  let plan = await placedAlready()
  if (!plan) {
    try {
      await placeSplitCheckoutWorkflow(req.scope).run({ input: { cart_id: req.params.id, actor_customer_id: req.business.customerId } })
    } catch (error) {
      // The same checkout placed meanwhile by a concurrent request: answer with it.
      if (!(await placedAlready())) throw error
    }
    plan = (await placedAlready())!
  }
  const deliveries = await presentPlacedDeliveries(req.scope, plan.deliveries.map((d) => ({ ...d, plan_id: plan!.id })))
  res.json({ plan_id: plan.id, deliveries } satisfies PlacedDeliveriesResponse)
}
