import { z } from "@medusajs/framework/zod"
import { currencyCode, money, positiveMoney, saneDate } from "../../utils/input"
import { PAYMENT_TERMS } from "../../../lib/net-terms/terms"
import { InvoiceStatusFilter } from "../../store/business/invoices/validators"

export const AdminListInvoices = z.object({
  status: InvoiceStatusFilter.optional(),
  business_unit_id: z.string().trim().min(1).max(64).optional(),
  /** An order's page reads its invoice (an order has one at most). */
  order_id: z.string().trim().min(1).max(64).optional(),
  /** Unpaid and past the due date as of now, whether or not the nightly job has run yet. */
  overdue: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  q: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminRecordPayment = z.object({
  amount: positiveMoney,
  reference: z.string().trim().max(120).optional(),
  paid_at: saneDate.optional(),
})

export const AdminVoidInvoice = z.object({
  reason: z.string().trim().min(1, "say why the invoice is void").max(500),
})

export const AdminPaymentTerms = z
  .object({
    terms: z.enum(PAYMENT_TERMS).nullable().optional(),
    credit_limit: money.nullable().optional(),
    currency_code: currencyCode.optional(),
  })
  .refine((b) => b.terms !== undefined || b.credit_limit !== undefined || b.currency_code !== undefined, "give terms, credit_limit or currency_code")

export type AdminPaymentTermsType = z.infer<typeof AdminPaymentTerms>
export type AdminRecordPaymentType = z.infer<typeof AdminRecordPayment>
export type AdminVoidInvoiceType = z.infer<typeof AdminVoidInvoice>
