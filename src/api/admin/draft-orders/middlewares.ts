import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { accessibleUnitIds } from "../../../lib/business/access"
import { isWholesaleChannel } from "../../../lib/channels"
import { businessModule } from "../../../modules/business"
import { checkNegotiatedOrder } from "../../../workflows/business-cart/check-negotiated-order"
import { businessCartLinks } from "../../../workflows/business-cart/line-refs"
import { refusalError } from "../../../workflows/business-cart/load-business-cart"
import { ORDER_ITEM_QUANTITY, orderItemQuantity } from "../../../lib/orders/order-items"

/**
 * A draft order the merchant converts for a Wholesale associate is a way into a B2B order too
 * (Medusa's convert workflow has no hook), so it meets the business-cart policy before Medusa
 * converts it: it belongs to a unit (already linked, `metadata.business_unit_id`, or the
 * customer's only unit), the unit is active, the customer is its associate, and no approval rule
 * or budget of the unit asks for approval: a merchant cannot approve for the buyer, so such an
 * order goes through a quote, whose acceptance the buyer's approvers see. The draft order is
 * then linked to the unit and the associate, so the order is attributed like any other.
 */
export async function guardDraftOrderConversion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "currency_code", "total", "metadata", "sales_channel.metadata", "business_unit.id", "items.variant_id", "items.quantity", ORDER_ITEM_QUANTITY, "items.unit_price"],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  if (!order?.customer_id || !isWholesaleChannel(order.sales_channel)) return next()
  const access = await businessModule(req.scope).accessOf(order.customer_id)
  const units = accessibleUnitIds(access.units, access.memberships)
  const linked: string | null = order.business_unit?.id ?? null
  if (!linked && !units.length) return next()
  const named = typeof order.metadata?.business_unit_id === "string" ? order.metadata.business_unit_id : null
  const unitId = linked ?? named ?? (units.length === 1 ? units[0] : null)
  if (!unitId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The customer belongs to several business units: name one in the draft order's metadata.business_unit_id", "unit_missing")
  }
  const { unit, refusals } = await checkNegotiatedOrder(req.scope, {
    business_unit_id: unitId,
    customer_id: order.customer_id,
    actor_customer_id: null,
    lines: (order.items ?? []).map((i: any) => ({ variant_id: i.variant_id ?? null, quantity: orderItemQuantity(i), unit_price: Number(i.unit_price) })),
    total: Number(order.total),
    currency_code: order.currency_code,
    approval_quote_id: null,
  })
  const [refusal] = refusals
  if (refusal?.code === "approval_required" || refusal?.code === "over_budget") {
    throw refusalError({ ...refusal, message: `${refusal.message.split(". Submit")[0]}. The buyer's approvers must see this order: send it as a quote instead` })
  }
  if (refusal) throw refusalError(refusal)
  if (!linked) {
    // Two conversions at once (a double click): the links are written once, under the draft's lock;
    // Medusa's own conversion then lets one of them through.
    await req.scope.resolve(Modules.LOCKING).execute(`draft-order-unit:${order.id}`, async () => {
      const { data: again } = await query.graph({ entity: "order", fields: ["business_unit.id"], filters: { id: order.id } })
      if (!(again[0] as any)?.business_unit?.id) {
        await req.scope.resolve(ContainerRegistrationKeys.LINK).create(businessCartLinks({ order_id: order.id }, unitId, unit.associate_id))
      }
    })
  }
  next()
}

export const adminDraftOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/draft-orders/:id/convert-to-order", middlewares: [guardDraftOrderConversion] },
]
