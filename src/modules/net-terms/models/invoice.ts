import { model } from "@medusajs/framework/utils"
import { INVOICE_STATUSES } from "../../../lib/net-terms/invoice"
import { PAYMENT_TERMS } from "../../../lib/net-terms/terms"
import { TAX_LINE_CODES, ZeroRatedTreatment } from "../../../lib/tax/contract"
import { InvoicePayment } from "./invoice-payment"

/**
 * The invoice of a net-terms order: a frozen copy of what was sold (lines, totals, tax per rate,
 * addresses, the seller and the buyer's company with their VAT ids) so it never changes when the
 * catalog, the unit or the seller's settings do. Amounts are named after the Medusa order totals
 * they copy (src/lib/net-terms/invoice-amounts.ts).
 */
export const Invoice = model
  .define("net_terms_invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    number: model.text().unique(),
    year: model.number(),
    sequence: model.number(),
    status: model.enum([...INVOICE_STATUSES]).default("open"),
    order_id: model.text().unique(),
    order_display_id: model.number().nullable(),
    payment_id: model.text().nullable(),
    business_unit_id: model.text(),
    credit_holder_id: model.text(),
    associate_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    po_number: model.text().nullable(),
    terms: model.enum([...PAYMENT_TERMS]),
    currency_code: model.text(),
    issued_at: model.dateTime(),
    due_date: model.dateTime().nullable(),
    lines: model.json(),
    item_subtotal: model.bigNumber(),
    shipping_subtotal: model.bigNumber(),
    discount_subtotal: model.bigNumber(),
    tax_total: model.bigNumber(),
    total: model.bigNumber(),
    tax_rates: model.json(),
    tax_treatment: model.enum(Object.keys(TAX_LINE_CODES) as ZeroRatedTreatment[]).nullable(),
    paid_amount: model.bigNumber().default(0),
    seller: model.json(),
    buyer: model.json(),
    billing_address: model.json().nullable(),
    shipping_address: model.json().nullable(),
    void_reason: model.text().nullable(),
    voided_at: model.dateTime().nullable(),
    payments: model.hasMany(() => InvoicePayment, { mappedBy: "invoice" }),
  })
  .indexes([
    { on: ["year", "sequence"], unique: true },
    { on: ["business_unit_id", "status"] },
    { on: ["credit_holder_id", "status"] },
    { on: ["status", "due_date"] },
  ])
  .cascades({ delete: ["payments"] })
