import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DeliveryCalendarResponse, DeliveryCalendarsResponse } from "../../../lib/delivery/contract"
import { deliveryModule } from "../../../modules/delivery"
import { presentCalendar } from "../../utils/delivery-views"
import { AdminCreateDeliveryCalendarType } from "./validators"

/** The merchant's delivery calendars: the default (no shipping option) first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const calendars = await deliveryModule(req.scope).listDeliveryCalendars({}, { take: null, order: { created_at: "ASC" } })
  calendars.sort((a, b) => Number(!!a.shipping_option_id) - Number(!!b.shipping_option_id))
  res.json({ delivery_calendars: calendars.map(presentCalendar) } satisfies DeliveryCalendarsResponse)
}

/** A calendar for a shipping option (or the default one); one per option. */
export async function POST(req: MedusaRequest<AdminCreateDeliveryCalendarType>, res: MedusaResponse) {
  const service = deliveryModule(req.scope)
  const body = req.validatedBody
  const [taken] = await service.listDeliveryCalendars({ shipping_option_id: body.shipping_option_id })
  if (taken) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, body.shipping_option_id ? `Shipping option ${body.shipping_option_id} has a delivery calendar already (${taken.id})` : `The default delivery calendar exists already (${taken.id})`)
  }
  const calendar = await service.createDeliveryCalendars({ ...body, delivery_weekdays: body.delivery_weekdays as any, closed_dates: body.closed_dates as any })
  res.status(201).json({ delivery_calendar: presentCalendar(calendar) } satisfies DeliveryCalendarResponse)
}
