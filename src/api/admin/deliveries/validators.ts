import { z } from "@medusajs/framework/zod"
import { isIsoDate } from "../../../lib/delivery/calendar"

export const AdminPickList = z.object({ date: z.string().refine(isIsoDate, { message: 'Expected a date "YYYY-MM-DD"' }) })
export const AdminOrderDelivery = z.object({ order_id: z.string().trim().regex(/^order_[0-9A-Za-z]{1,64}$/, 'must be an order id starting with "order_"') })
