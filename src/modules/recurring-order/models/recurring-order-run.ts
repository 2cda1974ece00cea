import { model } from "@medusajs/framework/utils"
import { RecurringOrder } from "./recurring-order"

/**
 * One due date of a schedule and what became of it. The row is claimed (status `running`)
 * before anything is ordered, and (schedule, due date) is unique: a second job, process or a
 * retry after a crash finds the claim and finishes it instead of ordering again.
 */
export const RecurringOrderRun = model
  .define("recurring_order_run", {
    id: model.id({ prefix: "rorun" }).primaryKey(),
    due_on: model.text(),
    status: model.enum(["running", "placed", "awaiting_approval", "failed", "skipped"]).default("running"),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    approval_flow_id: model.text().nullable(),
    po_number: model.text().nullable(),
    /** A machine-readable reason (business-cart refusal codes, nothing_left, out_of_stock, skipped_by_buyer, …). */
    reason_code: model.text().nullable(),
    reason: model.text().nullable(),
    /** Lines left out of this run (no longer sold): [{ variant_id, sku, product_title, code }]. */
    skipped_lines: model.json().nullable(),
    /** Passes that met an error which may pass (a timeout) and left the run to be tried again. */
    attempts: model.number().default(0),
    recurring_order: model.belongsTo(() => RecurringOrder, { mappedBy: "runs" }),
  })
  .indexes([
    { on: ["recurring_order_id", "due_on"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
