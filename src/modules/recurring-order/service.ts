import { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { RecurringOrder } from "./models/recurring-order"
import { RecurringOrderLine } from "./models/recurring-order-line"
import { RecurringOrderRun } from "./models/recurring-order-run"

export type RunStatus = "running" | "placed" | "awaiting_approval" | "failed" | "skipped"
export type RunOutcome = {
  status: Exclude<RunStatus, "running">
  order_id?: string | null
  approval_flow_id?: string | null
  reason_code?: string | null
  reason?: string | null
  skipped_lines?: unknown
}
export type NewLine = { variant_id: string; quantity: number; product_title: string; variant_title: string | null; sku: string | null }

class RecurringOrderModuleService extends MedusaService({ RecurringOrder, RecurringOrderLine, RecurringOrderRun }) {
  @InjectManager()
  async retrieveRecurringOrderOrFail(id: string, @MedusaContext() sharedContext: Context = {}) {
    const [schedule] = await this.listRecurringOrders({ id }, { relations: ["lines"] }, sharedContext)
    if (!schedule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Recurring order ${id} was not found`)
    return schedule
  }

  /** A schedule and its lines in one transaction. */
  @InjectTransactionManager()
  async createWithLines(data: Record<string, unknown>, lines: NewLine[], @MedusaContext() sharedContext: Context = {}) {
    const schedule = await this.createRecurringOrders(data as any, sharedContext)
    await this.writeLines(schedule.id, lines, sharedContext)
    return schedule
  }

  /** Replaces a schedule's lines (the portal edits them as one list). */
  @InjectTransactionManager()
  async replaceLines(scheduleId: string, lines: NewLine[], @MedusaContext() sharedContext: Context = {}) {
    const current = await this.listRecurringOrderLines({ recurring_order_id: scheduleId }, { select: ["id"], take: null }, sharedContext)
    if (current.length) await this.softDeleteRecurringOrderLines(current.map((l) => l.id), {}, sharedContext)
    await this.writeLines(scheduleId, lines, sharedContext)
  }

  private async writeLines(scheduleId: string, lines: NewLine[], sharedContext: Context) {
    if (lines.length) {
      await this.createRecurringOrderLines(lines.map((line, position) => ({ ...line, position, recurring_order_id: scheduleId })), sharedContext)
    }
  }

  /**
   * The run of a schedule for a due date: the existing one, or a new claim (`running`). The
   * unique (schedule, due date) index makes a second claim fail; the caller holds the
   * schedule's lock, so that only happens when a lock was lost, and the claim is read again.
   */
  @InjectManager()
  async claimRun(scheduleId: string, dueOn: string, poNumber: string | null, @MedusaContext() sharedContext: Context = {}) {
    const find = async () => (await this.listRecurringOrderRuns({ recurring_order_id: scheduleId, due_on: dueOn }, {}, sharedContext))[0]
    const existing = await find()
    if (existing) return existing
    try {
      return await this.createRecurringOrderRuns({ recurring_order_id: scheduleId, due_on: dueOn, status: "running", po_number: poNumber }, sharedContext)
    } catch (error) {
      const again = await find()
      if (again) return again
      throw error
    }
  }

  /** A run's outcome and, when it moves on, the schedule's next date, written together. */
  @InjectTransactionManager()
  async finishRun(
    runId: string,
    outcome: RunOutcome,
    schedule: { id: string; next_run_on: string | null; status?: "ended" } | null,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.updateRecurringOrderRuns({ id: runId, ...outcome } as any, sharedContext)
    if (schedule) await this.updateRecurringOrders(schedule as any, sharedContext)
  }
}

export default RecurringOrderModuleService
