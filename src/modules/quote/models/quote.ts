import { model } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "../../../lib/quotes/state-machine"
import { QuoteLine } from "./quote-line"
import { QuoteMessage } from "./quote-message"

/**
 * A buyer's request for a price on a cart's lines, frozen at request time, and the merchant's
 * offer on it. The ids of the unit, associate, cart and resulting order are kept as plain
 * fields: they are the quote's own history, not shared relations.
 */
export const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    status: model.enum([...QUOTE_STATUSES]).default("requested"),
    business_unit_id: model.text(),
    associate_id: model.text(),
    customer_id: model.text(),
    email: model.text(),
    cart_id: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text(),
    currency_code: model.text(),
    po_number: model.text().nullable(),
    buyer_comment: model.text().nullable(),
    merchant_comment: model.text().nullable(),
    shipping_total: model.bigNumber().default(0),
    discount_percent: model.number().default(0),
    valid_until: model.dateTime().nullable(),
    shipping_address: model.json().nullable(),
    order_id: model.text().nullable(),
    lines: model.hasMany(() => QuoteLine, { mappedBy: "quote" }),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
  })
  .indexes([{ on: ["business_unit_id", "status"] }, { on: ["status", "valid_until"] }])
  .cascades({ delete: ["lines", "messages"] })
