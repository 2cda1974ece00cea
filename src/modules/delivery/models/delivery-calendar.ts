import { model } from "@medusajs/framework/utils"

/**
 * When the merchant delivers: weekdays, order cut-off, minimum lead time and closed dates. The
 * calendar without a shipping option is the default; one with a shipping option overrides it
 * for carts shipping with that option.
 */
export const DeliveryCalendar = model.define("delivery_calendar", {
  id: model.id({ prefix: "dcal" }).primaryKey(),
  name: model.text(),
  shipping_option_id: model.text().unique().nullable(),
  /** IsoWeekday[] */
  delivery_weekdays: model.json(),
  cutoff_time: model.text(),
  lead_days: model.number(),
  /** { date: "YYYY-MM-DD", note?: string }[] */
  closed_dates: model.json().default([] as any),
  time_zone: model.text(),
})
