/**
 * The owner's messages about a recurring order: the reminder before a run, the order placed,
 * the run waiting for approval, the run failed and why. Plain text the Notification Module
 * sends; the template names are what a provider maps to its own templates.
 */

export type RunMessageFacts = {
  schedule_name: string
  due_on: string
  status: "placed" | "awaiting_approval" | "failed" | "skipped"
  order_display_id?: number | null
  po_number?: string | null
  reason?: string | null
  skipped_count?: number
}

export function runMessage(facts: RunMessageFacts): { template: string; subject: string; text: string } | null {
  const po = facts.po_number ? ` (PO ${facts.po_number})` : ""
  const skipped = facts.skipped_count ? ` ${facts.skipped_count} line(s) are no longer sold and were left out.` : ""
  switch (facts.status) {
    case "placed":
      return {
        template: "recurring-order-placed",
        subject: `Recurring order "${facts.schedule_name}" placed for ${facts.due_on}`,
        text: `Your recurring order "${facts.schedule_name}" was placed as order #${facts.order_display_id ?? "?"}${po}.${skipped}`,
      }
    case "awaiting_approval":
      return {
        template: "recurring-order-awaiting-approval",
        subject: `Recurring order "${facts.schedule_name}" is waiting for approval`,
        text: `The run of ${facts.due_on}${po} needs approval before it is ordered: ${facts.reason ?? ""}. It is placed as soon as it is approved.${skipped}`,
      }
    case "failed":
      return {
        template: "recurring-order-failed",
        subject: `Recurring order "${facts.schedule_name}" could not be placed for ${facts.due_on}`,
        text: `The run of ${facts.due_on}${po} was not ordered: ${facts.reason ?? "unknown reason"}.${skipped}`,
      }
    case "skipped":
      return null // skipped by the buyer: they know
  }
}

export function reminderMessage(scheduleName: string, runOn: string, lineCount: number) {
  return {
    template: "recurring-order-reminder",
    subject: `Recurring order "${scheduleName}" runs on ${runOn}`,
    text: `Your recurring order "${scheduleName}" (${lineCount} line(s)) will be placed on ${runOn}. Change, skip or pause it in the portal before then.`,
  }
}
