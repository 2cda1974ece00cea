import type { RecurringOrderStatus, RecurringRunStatus } from "../../lib/recurring-orders/contract"
import type { Frequency } from "../../lib/recurring-orders/schedule"
import { formatCalendarDate } from "./format"
import type { UnitStatus } from "../../lib/business/contract"
import type { FlowStatus } from "../../lib/approvals/contract"
import type { InvoiceStatus, PaymentTerms } from "../../lib/net-terms/contract"
import type { QuoteStatus } from "../../lib/quotes/contract"

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export function termsLabel(terms: PaymentTerms | null | undefined): string {
  if (!terms) return "None"
  return terms === "due_on_fulfillment" ? "Due on fulfilment" : `Net ${terms.slice(4)}`
}

export const unitStatusColor: Record<UnitStatus, BadgeColor> = { active: "green", inactive: "grey" }

export const quoteStatusColor: Record<QuoteStatus, BadgeColor> = {
  requested: "orange",
  drafting: "blue",
  sent: "purple",
  accepted: "green",
  declined: "red",
  renegotiating: "orange",
  withdrawn: "grey",
  expired: "grey",
}

export const invoiceStatusColor: Record<InvoiceStatus, BadgeColor> = {
  open: "blue",
  partially_paid: "orange",
  paid: "green",
  overdue: "red",
  void: "grey",
}

export const flowStatusColor: Record<FlowStatus, BadgeColor> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  void: "grey",
}

export const recurringOrderStatusColor: Record<RecurringOrderStatus, BadgeColor> = {
  active: "green",
  paused: "orange",
  ended: "grey",
}

export const recurringRunStatusColor: Record<RecurringRunStatus, BadgeColor> = {
  running: "blue",
  placed: "green",
  awaiting_approval: "orange",
  failed: "red",
  skipped: "grey",
}

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] // ISO 1 … 7

/** "a", "a and b", "a, b and c". */
function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"
  return `${n}${suffix}`
}

/** A recurring order's frequency in words: "Every 2 weeks on Monday and Thursday", "Monthly on the 15th". */
export function frequencyLabel(frequency: Frequency): string {
  switch (frequency.kind) {
    case "days":
      return frequency.every === 1 ? "Every day" : `Every ${frequency.every} days`
    case "weeks": {
      const days = joinWords([...new Set(frequency.weekdays)].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d - 1] ?? `day ${d}`))
      const every = frequency.every === 1 ? "Every week" : `Every ${frequency.every} weeks`
      return days ? `${every} on ${days}` : every
    }
    case "monthly":
      // The backend runs a 29th–31st on the last day of shorter months.
      return `Monthly on the ${ordinal(frequency.day)}${frequency.day > 28 ? " (or the month's last day)" : ""}`
    case "dates": {
      const dates = [...frequency.dates].sort()
      if (!dates.length) return "No dates"
      if (dates.length === 1) return `Once, on ${formatCalendarDate(dates[0])}`
      const shown = dates.slice(0, 3).map(formatCalendarDate).join("; ")
      return `On ${dates.length} dates: ${shown}${dates.length > 3 ? ` and ${dates.length - 3} more` : ""}`
    }
    default:
      return "-"
  }
}
