import { poNumberFor, PO_TOKENS, unknownPoTokens } from "../../../../src/lib/recurring-orders/po-number"
import { addDays, isCalendarDate, todayUtc, upcomingRuns, weekdayOf, WEEKDAYS } from "../../../../src/lib/recurring-orders/schedule"
import type { Frequency, RecurringOrderView, ScheduleFields, Weekday } from "../api/recurring-orders"

/*
 * Recurring orders on screen: frequencies in words, calendar days (UTC), and the schedule form's
 * draft. The date arithmetic is the backend's own pure functions (src/lib/recurring-orders), so
 * the preview shows the dates the backend will run on.
 */

export { addDays, isCalendarDate, todayUtc, WEEKDAYS, PO_TOKENS }

export const WEEKDAY_NAMES: Record<Weekday, string> = { 1: "Mon", 2: "Tue", 3: "Wed", 4: "Thu", 5: "Fri", 6: "Sat", 7: "Sun" }

function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`
}

/** "Every week on Mon and Thu", "Every 3 days", "Monthly on the 15th", "On 12 Jan 2027 and 2 more". */
export function describeFrequency(frequency: Frequency): string {
  switch (frequency.kind) {
    case "days":
      return frequency.every === 1 ? "Every day" : `Every ${frequency.every} days`
    case "weeks": {
      const days = [...new Set(frequency.weekdays)].sort().map((d) => WEEKDAY_NAMES[d])
      const on = days.length > 1 ? `${days.slice(0, -1).join(", ")} and ${days[days.length - 1]}` : days[0] ?? "–"
      return `${frequency.every === 1 ? "Every week" : `Every ${frequency.every} weeks`} on ${on}`
    }
    case "monthly":
      return `Monthly on the ${ordinal(frequency.day)}${frequency.day > 28 ? " (or the month's last day)" : ""}`
    case "dates": {
      const dates = [...frequency.dates].sort()
      if (dates.length === 1) return `Once, on ${formatDay(dates[0])}`
      return `On ${dates.length} dates, ${formatDay(dates[0])} to ${formatDay(dates[dates.length - 1])}`
    }
  }
}

/** A calendar day ("2026-12-07", UTC) as "Mon 7 Dec 2026", the same in every time zone. */
export function formatDay(date: string | null | undefined): string {
  if (!date) return "–"
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`))
}

/** The form's state: text as typed, turned into a schedule by `scheduleFromDraft`. */
export type ScheduleDraft = {
  name: string
  kind: Frequency["kind"]
  every: string
  weekdays: Weekday[]
  day: string
  dates: string[]
  start_on: string
  end_on: string
  po_pattern: string
  reminder_days: string
}

/** A new schedule: from tomorrow (UTC), every week on tomorrow's weekday, reminder 2 days before. */
export function newDraft(name = ""): ScheduleDraft {
  const start = addDays(todayUtc(), 1)
  return {
    name,
    kind: "weeks",
    every: "1",
    weekdays: [weekdayOf(start)],
    day: String(Number(start.slice(8, 10))),
    dates: [],
    start_on: start,
    end_on: "",
    po_pattern: "",
    reminder_days: "2",
  }
}

/** An existing recurring order as a draft to edit. */
export function draftOf(order: RecurringOrderView): ScheduleDraft {
  const base = newDraft(order.name)
  const f = order.frequency
  return {
    ...base,
    kind: f.kind,
    every: f.kind === "days" || f.kind === "weeks" ? String(f.every) : base.every,
    weekdays: f.kind === "weeks" ? [...f.weekdays] : [weekdayOf(order.start_on)],
    day: f.kind === "monthly" ? String(f.day) : String(Number(order.start_on.slice(8, 10))),
    dates: f.kind === "dates" ? [...f.dates].sort() : [],
    start_on: order.start_on,
    end_on: order.end_on ?? "",
    po_pattern: order.po_pattern ?? "",
    reminder_days: String(order.reminder_days),
  }
}

const wholeNumber = (text: string, min: number, max: number) => {
  const n = Number(text)
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? n : null
}

/** The schedule the draft describes, or what to fix first (checked again by the backend). */
export function scheduleFromDraft(draft: ScheduleDraft): { schedule: ScheduleFields; problem: null } | { schedule: null; problem: string } {
  const fail = (problem: string) => ({ schedule: null, problem })
  if (!draft.name.trim()) return fail("Give the recurring order a name.")
  let frequency: Frequency
  switch (draft.kind) {
    case "days": {
      const every = wholeNumber(draft.every, 1, 365)
      if (every === null) return fail("Every how many days? A whole number from 1 to 365.")
      frequency = { kind: "days", every }
      break
    }
    case "weeks": {
      const every = wholeNumber(draft.every, 1, 52)
      if (every === null) return fail("Every how many weeks? A whole number from 1 to 52.")
      if (!draft.weekdays.length) return fail("Choose at least one weekday.")
      frequency = { kind: "weeks", every, weekdays: [...draft.weekdays].sort() }
      break
    }
    case "monthly": {
      const day = wholeNumber(draft.day, 1, 31)
      if (day === null) return fail("Which day of the month? 1 to 31.")
      frequency = { kind: "monthly", day }
      break
    }
    case "dates":
      if (!draft.dates.length) return fail("Add at least one date.")
      frequency = { kind: "dates", dates: [...draft.dates].sort() }
      break
  }
  if (!isCalendarDate(draft.start_on)) return fail("Choose a start date.")
  const end = draft.end_on.trim()
  if (end && !isCalendarDate(end)) return fail("The end date is not a date.")
  if (end && end < draft.start_on) return fail("The end date is before the start date.")
  const unknown = unknownPoTokens(draft.po_pattern)
  if (unknown.length) return fail(`The PO pattern uses ${unknown.join(", ")}: only ${PO_TOKENS.join(" ")} are known.`)
  if (draft.po_pattern.trim().length > 64) return fail("The PO pattern is at most 64 characters.")
  const reminder = wholeNumber(draft.reminder_days, 0, 14)
  if (reminder === null) return fail("Reminder: 0 to 14 days before a run.")
  return {
    schedule: { name: draft.name.trim(), frequency, start_on: draft.start_on, end_on: end || null, po_pattern: draft.po_pattern.trim() || null, reminder_days: reminder },
    problem: null,
  }
}

/** The next run dates the schedule would have from today (UTC), for the preview. */
export function previewRuns(schedule: Pick<ScheduleFields, "frequency" | "start_on" | "end_on">, count = 5): string[] {
  return upcomingRuns(schedule, addDays(todayUtc(), -1), count)
}

/** The PO number a run on `date` would get (`runNumber` counts every run, skipped ones too). */
export function examplePo(pattern: string, date: string, runNumber: number): string | null {
  const trimmed = pattern.trim()
  if (!trimmed || unknownPoTokens(trimmed).length) return null
  return poNumberFor(trimmed, date, runNumber)
}
