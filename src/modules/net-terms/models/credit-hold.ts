import { model } from "@medusajs/framework/utils"

/**
 * Credit taken by a net-terms checkout between the credit check and its invoice: "held" while
 * the cart completes, "invoiced" once the order's invoice carries the amount, "released" when
 * completion failed. Held amounts count against the limit like unpaid invoices.
 */
export const CreditHold = model
  .define("net_terms_credit_hold", {
    id: model.id({ prefix: "chold" }).primaryKey(),
    cart_id: model.text().unique(),
    business_unit_id: model.text(),
    credit_holder_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum(["held", "invoiced", "released"]).default("held"),
    order_id: model.text().nullable(),
  })
  .indexes([{ on: ["credit_holder_id", "status"] }])
