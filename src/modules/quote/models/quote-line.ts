import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

export const QuoteLine = model.define("quote_line", {
  id: model.id({ prefix: "qline" }).primaryKey(),
  variant_id: model.text(),
  product_title: model.text(),
  variant_title: model.text().nullable(),
  sku: model.text().nullable(),
  quantity: model.number(),
  /** The cart's unit price when the quote was requested. */
  requested_unit_price: model.bigNumber(),
  /** The merchant's offered unit price; unset until the merchant prices the line. */
  offered_unit_price: model.bigNumber().nullable(),
  quote: model.belongsTo(() => Quote, { mappedBy: "lines" }),
})
