import { z } from "@medusajs/framework/zod"
import { isClockTime, isIsoDate, IsoWeekday, isTimeZone } from "../../../lib/delivery/calendar"

const ClosedDate = z.object({ date: z.string().refine(isIsoDate, { message: 'Expected a date "YYYY-MM-DD"' }), note: z.string().trim().max(200).nullish() }).strict()

const fields = {
  name: z.string().trim().min(1).max(120),
  shipping_option_id: z.string().trim().regex(/^so_[0-9A-Za-z]{1,64}$/, 'must be a shipping option id starting with "so_"').nullable(),
  delivery_weekdays: z
    .array(z.number().int().min(1).max(7).transform((n) => n as IsoWeekday))
    .min(1, "deliver on at least one weekday")
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: "a weekday is listed twice" }),
  cutoff_time: z.string().refine(isClockTime, { message: 'Expected a time "HH:MM" (00:00–23:59)' }),
  lead_days: z.number().int().min(0).max(60),
  closed_dates: z.array(ClosedDate).max(366),
  time_zone: z.string().refine(isTimeZone, { message: "Expected an IANA time zone such as Europe/Berlin" }),
}

export const AdminCreateDeliveryCalendar = z.object({ ...fields, closed_dates: fields.closed_dates.default([]) }).strict()
export type AdminCreateDeliveryCalendarType = z.infer<typeof AdminCreateDeliveryCalendar>

export const AdminUpdateDeliveryCalendar = z.object(fields).partial().strict()
export type AdminUpdateDeliveryCalendarType = z.infer<typeof AdminUpdateDeliveryCalendar>
