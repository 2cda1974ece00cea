import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveryCalendarResponse } from "../../../../lib/delivery/contract"
import { deliveryModule } from "../../../../modules/delivery"
import { presentCalendar } from "../../../utils/delivery-views"
import { AdminUpdateDeliveryCalendarType } from "../validators"

export async function POST(req: MedusaRequest<AdminUpdateDeliveryCalendarType>, res: MedusaResponse) {
  const service = deliveryModule(req.scope)
  const current = await service.retrieveDeliveryCalendarOrFail(req.params.id)
  const body = req.validatedBody
  if (body.shipping_option_id !== undefined && body.shipping_option_id !== current.shipping_option_id) {
    const [taken] = await service.listDeliveryCalendars({ shipping_option_id: body.shipping_option_id })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `That shipping option has a delivery calendar already (${taken.id})`)
  }
  // Only the fields given change; DML types the json columns (weekdays, closed dates) as records.
  const calendar = await service.updateDeliveryCalendars({ id: current.id, ...(body as Record<string, unknown>) })
  res.json({ delivery_calendar: presentCalendar(calendar) } satisfies DeliveryCalendarResponse)
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const service = deliveryModule(req.scope)
  const calendar = await service.retrieveDeliveryCalendarOrFail(req.params.id)
  await service.deleteDeliveryCalendars(calendar.id)
  res.json({ id: calendar.id, object: "delivery_calendar", deleted: true })
}
