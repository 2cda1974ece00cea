import { MedusaResponse } from "@medusajs/framework/http"
import { todayUtc } from "../../../../../lib/recurring-orders/schedule"
import { changeRecurringOrderWorkflow } from "../../../../../workflows/recurring-orders/workflows/change-recurring-order"
import { OwnedRecordRequest } from "../../../../utils/owned-record-guard"
import { recurringOrderAnswer } from "../present"
import { assertScheduleSettings } from "../settings"
import { StoreUpdateRecurringOrderType } from "../validators"

/** One recurring order with its lines, next dates and run history (recurring_orders.view). */
export async function GET(req: OwnedRecordRequest, res: MedusaResponse) {
  res.json(await recurringOrderAnswer(req, req.owned.id))
}

/**
 * Change a recurring order (its owner with manage_own, a colleague with manage_others): name,
 * lines (replaced as a whole), schedule (the next run becomes the first of the new dates from
 * today), address, shipping, payment, PO pattern, reminder.
 */
export async function POST(req: OwnedRecordRequest<StoreUpdateRecurringOrderType>, res: MedusaResponse) {
  const { lines, ...fields } = req.validatedBody
  await assertScheduleSettings(req.scope, req.owned.business_unit_id, req.business.customerId, fields)
  await changeRecurringOrderWorkflow(req.scope).run({
    input: { id: req.owned.id, fields, lines, today: todayUtc(), sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [] },
  })
  res.json(await recurringOrderAnswer(req, req.owned.id))
}
