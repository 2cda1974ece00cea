import { z } from "@medusajs/framework/zod"

/** "Run due recurring orders now" takes nothing: anything sent is refused rather than ignored. */
export const AdminRunRecurringOrders = z.object({}).strict()
