import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { todayUtc } from "../../../../../../lib/recurring-orders/schedule"
import { changeRecurringOrderWorkflow } from "../../../../../../workflows/recurring-orders/workflows/change-recurring-order"
import { OwnedRecordRequest } from "../../../../../utils/owned-record-guard"
import { recurringOrderAnswer } from "../../present"
import { SCHEDULE_ACTIONS } from "../../validators"

/** pause, resume, skip (the next run) or end a recurring order; the answer is the order as it is now. */
export async function POST(req: OwnedRecordRequest, res: MedusaResponse) {
  const action = req.params.action as (typeof SCHEDULE_ACTIONS)[number]
  if (!SCHEDULE_ACTIONS.includes(action)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown action "${req.params.action}": use ${SCHEDULE_ACTIONS.join(", ")}`)
  }
  await changeRecurringOrderWorkflow(req.scope).run({ input: { id: req.owned.id, action, today: todayUtc(), sales_channel_ids: [] } })
  res.json(await recurringOrderAnswer(req, req.owned.id))
}
