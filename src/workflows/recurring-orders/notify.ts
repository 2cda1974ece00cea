import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { reminderMessage, runMessage, RunMessageFacts } from "../../lib/recurring-orders/notifications"

async function emailOf(container: MedusaContainer, customerId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
  return (data[0] as { email?: string } | undefined)?.email ?? null
}

type ScheduleRef = { id: string; name: string; customer_id: string }
type RunRef = { id: string; due_on: string; status: string; order_id?: string | null; po_number?: string | null; reason?: string | null; skipped_lines?: unknown }

/** Tells the owner what became of a run; once per run and outcome (idempotency key), whoever calls it again. */
export async function notifyRunOutcome(container: MedusaContainer, schedule: ScheduleRef, run: RunRef) {
  const to = await emailOf(container, schedule.customer_id)
  if (!to || run.status === "running") return
  let displayId: number | null = null
  if (run.order_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["display_id"], filters: { id: run.order_id } })
    displayId = Number((data[0] as unknown as { display_id?: number } | undefined)?.display_id) || null
  }
  const facts: RunMessageFacts = {
    schedule_name: schedule.name,
    due_on: run.due_on,
    status: run.status as RunMessageFacts["status"],
    order_display_id: displayId,
    po_number: run.po_number,
    reason: run.reason,
    skipped_count: Array.isArray(run.skipped_lines) ? run.skipped_lines.length : 0,
  }
  const message = runMessage(facts)
  if (!message) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: message.template,
    trigger_type: "recurring_order.run",
    resource_id: run.id,
    resource_type: "recurring_order_run",
    idempotency_key: `recurring-order-run:${run.id}:${run.status}`,
    data: { subject: message.subject, text: message.text, recurring_order_id: schedule.id, run_id: run.id, order_id: run.order_id ?? null },
  })
}

/** The reminder before a run, once per schedule and run date. */
export async function sendReminder(container: MedusaContainer, schedule: ScheduleRef & { next_run_on: string }, lineCount: number) {
  const to = await emailOf(container, schedule.customer_id)
  if (!to) return
  const message = reminderMessage(schedule.name, schedule.next_run_on, lineCount)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to,
    channel: "email",
    template: message.template,
    trigger_type: "recurring_order.reminder",
    resource_id: schedule.id,
    resource_type: "recurring_order",
    idempotency_key: `recurring-order-reminder:${schedule.id}:${schedule.next_run_on}`,
    data: { subject: message.subject, text: message.text, recurring_order_id: schedule.id, run_on: schedule.next_run_on },
  })
}
