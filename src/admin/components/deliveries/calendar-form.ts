import { isClockTime, isIsoDate, isTimeZone } from "../../../lib/delivery/calendar"
import type { ClosedDate, DeliveryCalendarView, IsoWeekday } from "../../../lib/delivery/contract"
import type { DeliveryCalendarInput } from "../../hooks/use-deliveries"
import { Errors, optionalText } from "../../lib/validation"

export type CalendarFormValues = {
  name: string
  /** "" = the default calendar (no shipping option). */
  shipping_option_id: string
  delivery_weekdays: IsoWeekday[]
  cutoff_time: string
  lead_days: string
  closed_dates: { date: string; note: string }[]
  time_zone: string
}

export type CalendarFormErrors = Errors<"name" | "shipping_option_id" | "delivery_weekdays" | "cutoff_time" | "lead_days" | "time_zone" | "closed_dates">

/** The browser's own zone, a sensible default for a new calendar. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"

export const calendarFormFrom = (calendar: DeliveryCalendarView | null, shippingOptionId = ""): CalendarFormValues => ({
  name: calendar?.name ?? "",
  shipping_option_id: calendar ? calendar.shipping_option_id ?? "" : shippingOptionId,
  delivery_weekdays: calendar?.delivery_weekdays ?? [1, 2, 3, 4, 5],
  cutoff_time: calendar?.cutoff_time ?? "14:00",
  lead_days: String(calendar?.lead_days ?? 1),
  closed_dates: (calendar?.closed_dates ?? []).map((c) => ({ date: c.date, note: c.note ?? "" })).sort((a, b) => a.date.localeCompare(b.date)),
  time_zone: calendar?.time_zone ?? browserZone(),
})

export function validateCalendarForm(values: CalendarFormValues): CalendarFormErrors {
  const errors: CalendarFormErrors = {}
  if (!values.name.trim()) errors.name = "Give the calendar a name"
  if (!values.delivery_weekdays.length) errors.delivery_weekdays = "Pick at least one delivery day"
  if (!isClockTime(values.cutoff_time.trim())) errors.cutoff_time = "A time of day as HH:MM, e.g. 14:00"
  const lead = values.lead_days.trim()
  if (!/^\d+$/.test(lead) || Number(lead) > 60) errors.lead_days = "A whole number of working days from 0 to 60"
  if (!isTimeZone(values.time_zone.trim()) || !values.time_zone.trim()) errors.time_zone = "An IANA time zone, e.g. Europe/Berlin"
  const dates = values.closed_dates.map((c) => c.date)
  const bad = dates.find((d) => !isIsoDate(d))
  if (bad !== undefined) errors.closed_dates = `"${bad}" is not a date`
  else if (new Set(dates).size !== dates.length) errors.closed_dates = "A date is listed twice"
  return errors
}

/** The body of POST /admin/delivery-calendars(/:id): every field. */
export function calendarInputFrom(values: CalendarFormValues): DeliveryCalendarInput {
  return {
    name: values.name.trim(),
    shipping_option_id: values.shipping_option_id || null,
    delivery_weekdays: [...new Set(values.delivery_weekdays)].sort((a, b) => a - b),
    cutoff_time: values.cutoff_time.trim(),
    lead_days: Number(values.lead_days.trim()),
    closed_dates: values.closed_dates.map((c): ClosedDate => ({ date: c.date, note: optionalText(c.note) })),
    time_zone: values.time_zone.trim(),
  }
}
