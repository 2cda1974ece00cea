import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AdminOrderDeliveryResponse } from "../../../lib/delivery/contract"
import { deliveryModule } from "../../../modules/delivery"
import { AdminOrderDelivery } from "./validators"
import { presentPlacedDeliveries, presentReceivingProfile } from "../../utils/delivery-views"
import { parseQuery } from "../../utils/parse-query"

/** The delivery an order is (admin order page): date, window, address, receiving profile and the other orders of its checkout. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { order_id } = parseQuery(AdminOrderDelivery, req.query)
  const service = deliveryModule(req.scope)
  const [delivery] = await service.listDeliveries({ order_id })
  if (!delivery) return void res.json({ delivery: null } satisfies AdminOrderDeliveryResponse)
  const [[placed], profiles, checkout] = await Promise.all([
    presentPlacedDeliveries(req.scope, [delivery]),
    service.profilesByAddress([delivery.address_id]),
    service.listDeliveries({ plan_id: delivery.plan_id }, { select: ["order_id"] }),
  ])
  const profile = profiles.get(delivery.address_id)
  res.json({
    delivery: {
      ...placed,
      receiving_profile: profile ? presentReceivingProfile(profile) : null,
      sibling_order_ids: checkout.map((d) => d.order_id).filter((id): id is string => !!id && id !== order_id),
    },
  } satisfies AdminOrderDeliveryResponse)
}
