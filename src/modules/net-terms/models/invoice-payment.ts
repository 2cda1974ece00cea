import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"

/** A payment the merchant recorded against an invoice (bank transfer, cheque…). */
export const InvoicePayment = model.define("net_terms_invoice_payment", {
  id: model.id({ prefix: "invpay" }).primaryKey(),
  amount: model.bigNumber(),
  paid_at: model.dateTime(),
  reference: model.text().nullable(),
  recorded_by: model.text().nullable(),
  invoice: model.belongsTo(() => Invoice, { mappedBy: "payments" }),
})
