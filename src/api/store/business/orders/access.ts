import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mayReadOrder } from "../../../../lib/business/store-isolation"
import { STORE_UNIT_ORDER_FIELDS, StoreUnitOrder } from "../../../../lib/orders/contract"
import { BusinessRequest } from "../../../utils/business-context"
import { orderNotFound } from "../../isolation/middlewares"

export type BusinessOrderRow = StoreUnitOrder & {
  metadata: Record<string, unknown> | null
  business_unit: { id: string }
  cart?: { id: string } | null
}

/**
 * A unit's order for the portal's order page, under the rules of the other past-order routes
 * (reorder, export): through a key of its channel, the caller's own order or, with
 * "orders.view_others", a colleague's. The caller must also act in the order's unit (a removed
 * associate no longer reads the unit's records) and, for their own order, still hold
 * "orders.view_own" or "orders.view_others" there (403: they know the order exists). Every
 * other refusal (another company, a consumer, an order of no unit) is Medusa's missing-order
 * answer, so an id confirms nothing.
 */
export async function readableBusinessOrder(req: BusinessRequest, orderId: string): Promise<BusinessOrderRow> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [...STORE_UNIT_ORDER_FIELDS, "metadata", "business_unit.id", "cart.id"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as BusinessOrderRow | undefined
  const unitId = order?.business_unit?.id
  const { business } = req
  if (!order || !unitId || !business.canAct(unitId)) throw orderNotFound(orderId)
  const held = business.permissionsIn(unitId)
  const readable = mayReadOrder({
    order: { customer_id: order.customer_id, sales_channel_id: order.sales_channel_id, business_unit_id: unitId },
    key_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    caller_customer_id: business.customerId,
    caller_permissions: held,
  })
  if (!readable) throw orderNotFound(orderId)
  if (!held.has("orders.view_own") && !held.has("orders.view_others")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, 'Your role in this order\'s business unit does not allow this (it needs the "orders.view_own" permission)')
  }
  return order
}
