import { z } from "@medusajs/framework/zod"
import { money, saneDate } from "../../utils/input"
import { QUOTE_STATUSES } from "../../../lib/quotes/state-machine"

export const AdminUpdateOffer = z
  .object({
    lines: z.array(z.object({ id: z.string().trim().min(1), unit_price: money }).strict()).max(500).optional(),
    shipping_total: money.optional(),
    discount_percent: z.number().min(0).max(100).optional(),
    valid_until: saneDate.optional(),
    merchant_comment: z.string().trim().max(2000).nullish(),
  })
  .strict()

export const AdminListQuotes = z.object({
  status: z.enum(QUOTE_STATUSES).optional(),
  business_unit_id: z.string().trim().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export type AdminUpdateOfferType = z.infer<typeof AdminUpdateOffer>
