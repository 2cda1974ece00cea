import { MedusaContainer } from "@medusajs/framework/types"
import { reminderDue } from "../../lib/recurring-orders/schedule"
import { recurringOrderModule } from "../../modules/recurring-order"
import { sendReminder } from "./notify"
import { runDueRecurringOrder, settleApprovalRun } from "./run-recurring-order"

/** How many schedules one process runs at once (each is a checkout: a few database round trips, no CPU to speak of). */
const PARALLEL_RUNS = 4

/** `work` over the items with at most `size` at once; one slow item (a lock held elsewhere) holds up only its own slot. */
async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<unknown>) {
  let next = 0
  const slot = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, slot))
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

export type ProcessReport = { due: number; ran: number; reminded: number; settled: number }

/**
 * One pass of the recurring-order job (src/jobs/run-recurring-orders.ts): reminders for runs
 * coming up, runs waiting for approval whose flow was decided, and every due run. Safe to run
 * in several processes at once: each schedule is worked on under its lock, and a run is claimed
 * once per schedule and date.
 */
export async function processRecurringOrders(container: MedusaContainer, today: string): Promise<ProcessReport> {
  const service = recurringOrderModule(container)
  const upcoming = await service.listRecurringOrders({ status: "active", next_run_on: { $gt: today } }, { relations: ["lines"], take: null })
  const remind = upcoming.filter((s) => s.next_run_on && s.reminded_for !== s.next_run_on && reminderDue(s.next_run_on, s.reminder_days, today))
  for (const schedule of remind) {
    await sendReminder(container, schedule as any, schedule.lines.length)
    await service.updateRecurringOrders({ id: schedule.id, reminded_for: schedule.next_run_on })
  }

  const waiting = await service.listRecurringOrderRuns({ status: "awaiting_approval" }, { select: ["id"], take: null })
  let settled = 0
  await inPool(waiting, PARALLEL_RUNS, async (run) => {
    if (await settleApprovalRun(container, run.id)) settled++
  })

  // In a random order: processes running at once then mostly work on different schedules
  // instead of queueing behind each other's locks.
  const due = shuffled(await service.listRecurringOrders({ status: "active", next_run_on: { $lte: today } }, { select: ["id"], take: null }))
  let ran = 0
  await inPool(due, PARALLEL_RUNS, async (schedule) => {
    if (await runDueRecurringOrder(container, schedule.id, today)) ran++
  })
  return { due: due.length, ran, reminded: remind.length, settled }
}
