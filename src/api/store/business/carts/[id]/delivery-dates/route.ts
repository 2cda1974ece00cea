import { MedusaResponse } from "@medusajs/framework/http"
import { nextAllowedDates } from "../../../../../../lib/delivery/calendar"
import { DeliveryDatesResponse } from "../../../../../../lib/delivery/contract"
import { businessModule } from "../../../../../../modules/business"
import { deliveryRules, shippingOptionOf } from "../../../../../../workflows/business-cart/delivery-facts"
import { BusinessRequest } from "../../../../../utils/business-context"
import { parseQuery } from "../../../../../utils/parse-query"
import { planningCart } from "../../../../../utils/planning-cart"
import { StoreDeliveryDates } from "../../validators"

/** The next dates this cart may be delivered to one of its unit's addresses (calendar of its shipping option, the address's receiving windows). */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const { address_id, count } = parseQuery(StoreDeliveryDates, req.query)
  const cart = await planningCart(req.scope, req.params.id)
  await businessModule(req.scope).retrieveUnitAddressOrFail(cart.business_unit.id, address_id)
  const { rules, windowsOf } = await deliveryRules(req.scope, shippingOptionOf(cart), [address_id])
  res.json({
    address_id,
    dates: nextAllowedDates(rules, windowsOf(address_id), new Date(), count),
    time_zone: rules.time_zone,
    cutoff_time: rules.cutoff_time,
    lead_days: rules.lead_days,
  } satisfies DeliveryDatesResponse)
}
