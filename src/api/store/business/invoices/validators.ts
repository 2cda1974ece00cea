import { z } from "@medusajs/framework/zod"
import { INVOICE_STATUSES } from "../../../../lib/net-terms/invoice"

export const InvoiceStatusFilter = z
  .union([z.enum(INVOICE_STATUSES), z.array(z.enum(INVOICE_STATUSES))])
  .transform((s) => (Array.isArray(s) ? s : [s]))

export const StoreListInvoices = z.object({
  status: InvoiceStatusFilter.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
