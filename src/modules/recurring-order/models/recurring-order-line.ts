import { model } from "@medusajs/framework/utils"
import { RecurringOrder } from "./recurring-order"

/** One line of a recurring order; the titles are what the portal showed when it was set up. */
export const RecurringOrderLine = model.define("recurring_order_line", {
  id: model.id({ prefix: "rordl" }).primaryKey(),
  variant_id: model.text(),
  quantity: model.number(),
  position: model.number().default(0),
  product_title: model.text(),
  variant_title: model.text().nullable(),
  sku: model.text().nullable(),
  recurring_order: model.belongsTo(() => RecurringOrder, { mappedBy: "lines" }),
})
