import { z } from "@medusajs/framework/zod"
import { idOf } from "../../../utils/input"

/** GET /store/business/orders/:id: an order id, and no query (the answer has one shape). */
export const StoreBusinessOrderParams = z.object({ id: idOf("order") })
export const StoreBusinessOrderQuery = z.object({}).strict()
