import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RecurringOrdersResponse } from "../../../../../../lib/recurring-orders/contract"
import { Frequency, nextRunOnResume, todayUtc } from "../../../../../../lib/recurring-orders/schedule"
import { createRecurringOrderWorkflow } from "../../../../../../workflows/recurring-orders/workflows/create-recurring-order"
import { BusinessRequest } from "../../../../../utils/business-context"
import { respondIdempotently } from "../../../../../utils/idempotency"
import { linesFromSource } from "../../../../../utils/line-sources"
import { presentRecurringOrders } from "../../../../../utils/recurring-order-view"
import { mayManageSchedule, recurringOrderAnswer } from "../../../recurring-orders/present"
import { assertScheduleSettings } from "../../../recurring-orders/settings"
import { StoreCreateRecurringOrderType } from "../../../recurring-orders/validators"

/** The unit's recurring orders (recurring_orders.view). */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const body: RecurringOrdersResponse = { recurring_orders: await presentRecurringOrders(req.scope, { business_unit_id: req.params.id }, mayManageSchedule(req)) }
  res.json(body)
}

/** A new recurring order of the caller's in the unit (recurring_orders.manage_own). Honours Idempotency-Key. */
export async function POST(req: BusinessRequest<StoreCreateRecurringOrderType>, res: MedusaResponse) {
  const body = req.validatedBody
  const unitId = req.params.id
  const today = todayUtc()
  if (body.start_on < today) throw new MedusaError(MedusaError.Types.INVALID_DATA, `start_on must be today (${today}, UTC) or later`)
  const window = { frequency: body.frequency as Frequency, start_on: body.start_on, end_on: body.end_on ?? null }
  const next = nextRunOnResume(window, today)
  if (!next) throw new MedusaError(MedusaError.Types.INVALID_DATA, "This schedule has no run between its start and end: check its dates")
  await assertScheduleSettings(req.scope, unitId, req.business.customerId, body)
  // A double submit with one Idempotency-Key sets up one recurring order.
  await respondIdempotently(req, res, async () => {
    const channels = req.publishable_key_context?.sales_channel_ids ?? []
    const { items, unsold } = await linesFromSource(req.scope, { items: body.lines, cart_id: body.cart_id, order_id: body.order_id, shopping_list_id: body.shopping_list_id })
    const { result } = await createRecurringOrderWorkflow(req.scope).run({
      input: {
        schedule: {
          name: body.name,
          business_unit_id: unitId,
          associate_id: req.business.associateIn(unitId),
          customer_id: req.business.customerId,
          status: "active",
          frequency: body.frequency,
          start_on: body.start_on,
          end_on: body.end_on ?? null,
          next_run_on: next,
          region_id: body.region_id,
          sales_channel_id: channels[0],
          shipping_address_id: body.shipping_address_id,
          shipping_option_id: body.shipping_option_id,
          payment_provider_id: body.payment_provider_id,
          po_pattern: body.po_pattern ?? null,
          reminder_days: body.reminder_days,
        },
        items,
        sales_channel_ids: channels,
        unsold,
      },
    })
    return { status: 200, body: { ...(await recurringOrderAnswer(req, result.id)), skipped: result.skipped } }
  })
}
