import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { todayUtc } from "../../../../lib/recurring-orders/schedule"
import { processRecurringOrders } from "../../../../workflows/recurring-orders/process-recurring-orders"

/**
 * The merchant's "run due recurring orders now" (after restocking, say), without waiting for the
 * job's next tick: the same pass as the job, so it is as safe to run beside it (each schedule
 * under its lock, one run per schedule and date). Answers what it did.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  res.json({ report: await processRecurringOrders(req.scope, todayUtc()) })
}
