import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ActionOutcome, planScheduleAction, ScheduleAction, ScheduleActionRefusal } from "../../../lib/recurring-orders/actions"
import { recurringOrderModule } from "../../../modules/recurring-order"

export type RecurringOrderChange = {
  id: string
  /** Field changes (name, frequency, dates, address, shipping, payment, PO pattern, reminder). */
  fields?: Record<string, unknown>
  /** pause, resume, skip, end; "reschedule" when the fields change the dates. */
  action?: ScheduleAction
  today: string
}

const SCHEDULE_FIELDS = ["frequency", "start_on", "end_on"]

/**
 * A change to a recurring order, decided on its state now (the caller holds its lock). Skipping
 * records the skipped date as a run, so that date is never ordered, and refuses a date whose
 * run is already under way. Compensation puts the order back as it was and drops the record.
 */
export const changeRecurringOrderStep = createStep(
  "change-recurring-order",
  async (input: RecurringOrderChange, { container }) => {
    const service = recurringOrderModule(container)
    const current = await service.retrieveRecurringOrderOrFail(input.id)
    const fields = input.fields ?? {}
    const action = input.action ?? (SCHEDULE_FIELDS.some((f) => f in fields) ? "reschedule" : null)
    const runs = await service.listRecurringOrderRuns({ recurring_order_id: current.id }, { select: ["due_on"], take: null })
    const state = {
      run_dates: runs.map((r) => r.due_on),
      frequency: (fields.frequency ?? current.frequency) as any,
      start_on: (fields.start_on ?? current.start_on) as string,
      end_on: ("end_on" in fields ? fields.end_on : current.end_on) as string | null,
      status: current.status,
      next_run_on: current.next_run_on,
    }
    let outcome: ActionOutcome | null = null
    try {
      outcome = action ? planScheduleAction(state, action, input.today) : null
    } catch (error) {
      if (error instanceof ScheduleActionRefusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
      throw error
    }
    let skippedRunId: string | null = null
    if (outcome?.skipped_on) {
      const run = await service.claimRun(current.id, outcome.skipped_on, null)
      if (run.status !== "running" || run.cart_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The run of ${outcome.skipped_on} is already under way or done: it cannot be skipped`)
      await service.updateRecurringOrderRuns({ id: run.id, status: "skipped", reason_code: "skipped_by_buyer", reason: "Skipped by the buyer" })
      skippedRunId = run.id
    }
    const previous = Object.fromEntries(["status", "next_run_on", ...Object.keys(fields)].map((key) => [key, (current as any)[key]]))
    await service.updateRecurringOrders({ id: current.id, ...fields, ...(outcome?.update ?? {}) } as any)
    return new StepResponse(undefined, { id: current.id, previous, skippedRunId })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = recurringOrderModule(container)
    await service.updateRecurringOrders({ id: undo.id, ...undo.previous } as any)
    if (undo.skippedRunId) await service.deleteRecurringOrderRuns([undo.skippedRunId])
  }
)
