import { model } from "@medusajs/framework/utils"
import { Delivery } from "./delivery"

/**
 * A Wholesale cart's deliveries: one or more (address, requested date, lines). With one
 * delivery the cart becomes one order as usual; with several, placing the plan makes one order
 * per delivery under this plan (the checkout group): one approval, one credit check, one PO.
 */
export const DeliveryPlan = model.define("delivery_plan", {
  id: model.id({ prefix: "dplan" }).primaryKey(),
  cart_id: model.text().unique(),
  business_unit_id: model.text().index(),
  status: model.enum(["open", "placed"]).default("open"),
  po_number: model.text().nullable(),
  placed_at: model.dateTime().nullable(),
  deliveries: model.hasMany(() => Delivery, { mappedBy: "plan" }),
})
