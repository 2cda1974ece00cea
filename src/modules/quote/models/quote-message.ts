import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

export const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "qmsg" }).primaryKey(),
  author_type: model.enum(["buyer", "merchant"]),
  author_id: model.text(),
  body: model.text(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})
