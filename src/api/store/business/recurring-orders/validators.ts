import { z } from "@medusajs/framework/zod"
import { unknownPoTokens } from "../../../../lib/recurring-orders/po-number"
import { isCalendarDate } from "../../../../lib/recurring-orders/schedule"
import { NET_TERMS_PROVIDER_ID } from "../../../../modules/net-terms-payment"
import { idOf } from "../../../utils/input"
import { ListItemBody } from "../shopping-lists/validators"

const calendarDate = z.string().trim().refine(isCalendarDate, "must be a calendar date as YYYY-MM-DD")

export const FrequencyBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("days"), every: z.number().int().min(1, "every must be at least 1").max(365, "every must be at most 365") }).strict(),
  z
    .object({
      kind: z.literal("weeks"),
      every: z.number().int().min(1, "every must be at least 1").max(52, "every must be at most 52"),
      weekdays: z.array(z.number().int().min(1).max(7, "weekdays are 1 (Monday) to 7 (Sunday)")).min(1, "choose at least one weekday").max(7),
    })
    .strict(),
  z.object({ kind: z.literal("monthly"), day: z.number().int().min(1, "day is 1 to 31").max(31, "day is 1 to 31") }).strict(),
  z.object({ kind: z.literal("dates"), dates: z.array(calendarDate).min(1, "give at least one date").max(100, "at most 100 dates") }).strict(),
])

const poPattern = z
  .string()
  .trim()
  .max(64, "po_pattern must be at most 64 characters")
  .refine((p) => unknownPoTokens(p).length === 0, "po_pattern knows {yyyy}, {mm}, {dd}, {ww}, {gggg} and {n} only")

const scheduleFields = {
  name: z.string().trim().min(1, "give the recurring order a name").max(120),
  frequency: FrequencyBody,
  start_on: calendarDate,
  end_on: calendarDate.nullish(),
  region_id: idOf("reg"),
  shipping_address_id: idOf("buaddr"),
  shipping_option_id: idOf("so"),
  payment_provider_id: z.enum(["pp_system_default", NET_TERMS_PROVIDER_ID]),
  po_pattern: poPattern.nullish(),
  reminder_days: z.number().int().min(0).max(14, "reminder_days must be at most 14"),
}

const endsAfterStart = (b: { start_on?: string; end_on?: string | null }) => !b.start_on || !b.end_on || b.end_on >= b.start_on

/** A new recurring order: its lines typed in, or from a cart, a past order or a shopping list (exactly one). */
export const StoreCreateRecurringOrder = z
  .object({
    ...scheduleFields,
    payment_provider_id: scheduleFields.payment_provider_id.default("pp_system_default"),
    reminder_days: scheduleFields.reminder_days.default(2),
    lines: z.array(ListItemBody.omit({ note: true })).min(1, "give at least one line").max(500).optional(),
    cart_id: idOf("cart").optional(),
    order_id: idOf("order").optional(),
    shopping_list_id: idOf("slist").optional(),
  })
  .strict()
  .refine((b) => [b.lines, b.cart_id, b.order_id, b.shopping_list_id].filter((s) => s !== undefined).length === 1, "give exactly one of lines, cart_id, order_id and shopping_list_id")
  .refine(endsAfterStart, "end_on must not be before start_on")

/** Changes to a recurring order; `lines` replaces them all. */
export const StoreUpdateRecurringOrder = z
  .object({
    name: scheduleFields.name.optional(),
    frequency: FrequencyBody.optional(),
    start_on: calendarDate.optional(),
    end_on: calendarDate.nullish(),
    shipping_address_id: scheduleFields.shipping_address_id.optional(),
    shipping_option_id: scheduleFields.shipping_option_id.optional(),
    payment_provider_id: scheduleFields.payment_provider_id.optional(),
    po_pattern: poPattern.nullish(),
    reminder_days: scheduleFields.reminder_days.optional(),
    lines: z.array(ListItemBody.omit({ note: true })).min(1, "a recurring order needs at least one line").max(500).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "give at least one change")
  .refine(endsAfterStart, "end_on must not be before start_on")

export const SCHEDULE_ACTIONS = ["pause", "resume", "skip", "end"] as const
/** pause, resume, skip and end take no body: anything sent is refused rather than ignored. */
export const StoreScheduleAction = z.object({}).strict()

export type StoreCreateRecurringOrderType = z.infer<typeof StoreCreateRecurringOrder>
export type StoreUpdateRecurringOrderType = z.infer<typeof StoreUpdateRecurringOrder>
