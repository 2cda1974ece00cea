import { model } from "@medusajs/framework/utils"
import { DeliveryPlan } from "./delivery-plan"

/**
 * One delivery of a plan: where, when (requested date and the address's window that day) and
 * what. Once placed it knows its order (and, when split, the cart that became it).
 */
export const Delivery = model.define("delivery", {
  id: model.id({ prefix: "dlv" }).primaryKey(),
  position: model.number(),
  business_unit_id: model.text().index(),
  /** Whose cart it was planned in ("own" order rights see their own deliveries). */
  customer_id: model.text().index(),
  address_id: model.text(),
  /** The address as it was when planned (the order keeps its own copy once placed). */
  address: model.json(),
  requested_date: model.text().index(),
  window_from: model.text().nullable(),
  window_to: model.text().nullable(),
  /** { line_item_id, variant_id, quantity, unit_price }[] of the plan's cart. */
  lines: model.json(),
  cart_id: model.text().index().nullable(),
  order_id: model.text().index().nullable(),
  plan: model.belongsTo(() => DeliveryPlan, { mappedBy: "deliveries" }),
})
