import { model } from "@medusajs/framework/utils"
import { RecurringOrderLine } from "./recurring-order-line"
import { RecurringOrderRun } from "./recurring-order-run"

/**
 * A business unit's standing order: what to order (lines), where and how (one of the unit's
 * addresses, a shipping option, a payment provider), when (frequency between start and end;
 * `next_run_on` is the next due calendar day, UTC), and who places it (the owner associate).
 */
export const RecurringOrder = model
  .define("recurring_order", {
    id: model.id({ prefix: "rord" }).primaryKey(),
    name: model.text(),
    business_unit_id: model.text(),
    associate_id: model.text(),
    customer_id: model.text(),
    status: model.enum(["active", "paused", "ended"]).default("active"),
    /** src/lib/recurring-orders/schedule.ts: Frequency */
    frequency: model.json(),
    start_on: model.text(),
    end_on: model.text().nullable(),
    next_run_on: model.text().nullable(),
    region_id: model.text(),
    sales_channel_id: model.text(),
    shipping_address_id: model.text(),
    shipping_option_id: model.text(),
    payment_provider_id: model.text(),
    po_pattern: model.text().nullable(),
    reminder_days: model.number().default(2),
    /** The run date the last reminder was sent for (one reminder per run). */
    reminded_for: model.text().nullable(),
    lines: model.hasMany(() => RecurringOrderLine, { mappedBy: "recurring_order" }),
    runs: model.hasMany(() => RecurringOrderRun, { mappedBy: "recurring_order" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["status", "next_run_on"], where: "deleted_at IS NULL" },
    { on: ["business_unit_id"], where: "deleted_at IS NULL" },
  ])
