/**
 * When a recurring order runs. Dates are calendar days ("2026-12-07") in UTC: a run is due on
 * its day from 00:00 UTC, whatever the unit's time zone (README, "Recurring orders"). Pure
 * functions over date strings, so no clock or time zone of the server leaks in.
 */

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const // ISO: 1 = Monday … 7 = Sunday
export type Weekday = (typeof WEEKDAYS)[number]

export type Frequency =
  | { kind: "days"; every: number }
  | { kind: "weeks"; every: number; weekdays: Weekday[] }
  | { kind: "monthly"; day: number }
  | { kind: "dates"; dates: string[] }

export type ScheduleWindow = { frequency: Frequency; start_on: string; end_on: string | null }

const DAY_MS = 24 * 3600 * 1000

export const isCalendarDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && toDay(value) !== null && fromDay(toDay(value)!) === value

/** Days since 1970-01-01 for a calendar date, or null when it is not one. */
function toDay(date: string): number | null {
  const ms = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS)
}

const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)
const day = (date: string) => toDay(date)!

export const addDays = (date: string, days: number) => fromDay(day(date) + days)
export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10)

/** ISO weekday of a date: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (date: string): Weekday => ((((day(date) + 3) % 7) + 7) % 7) + 1 as Weekday

const mondayOf = (date: string) => day(date) - (weekdayOf(date) - 1)

function daysInMonth(year: number, month: number) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate() // month is 1-based here: day 0 of the next month
}

/** The first date of the frequency that is on or after `from` (ignoring the window's end), or null. */
function firstOnOrAfter(frequency: Frequency, start: string, from: string): string | null {
  const origin = day(start)
  const at = Math.max(day(from), origin)
  switch (frequency.kind) {
    case "days": {
      const steps = Math.ceil((at - origin) / frequency.every)
      return fromDay(origin + steps * frequency.every)
    }
    case "weeks": {
      const wanted = [...new Set(frequency.weekdays)].sort()
      if (!wanted.length) return null
      const firstMonday = mondayOf(start)
      const firstWeek = Math.floor((at - firstMonday) / 7)
      // Weeks counted from the start's week; every N weeks the given weekdays. The next such
      // week holding a date on or after `at` is at most 2N weeks ahead.
      for (let week = firstWeek; week <= firstWeek + 2 * frequency.every; week++) {
        if (week % frequency.every !== 0) continue
        const candidate = wanted.map((weekday) => firstMonday + week * 7 + (weekday - 1)).find((d) => d >= at)
        if (candidate !== undefined) return fromDay(candidate)
      }
      return null
    }
    case "monthly": {
      const date = new Date(at * DAY_MS)
      for (let i = 0; i < 3; i++) {
        const year = date.getUTCFullYear() + Math.floor((date.getUTCMonth() + i) / 12)
        const month = ((date.getUTCMonth() + i) % 12) + 1
        // The 31st in a 30-day month (or February) is that month's last day.
        const candidate = toDay(`${year}-${String(month).padStart(2, "0")}-${String(Math.min(frequency.day, daysInMonth(year, month))).padStart(2, "0")}`)!
        if (candidate >= at) return fromDay(candidate)
      }
      return null
    }
    case "dates":
      return [...frequency.dates].sort().find((d) => day(d) >= at) ?? null
  }
}

/** The next run strictly after `after` (null: from the start), within the window; null when the schedule has no run left. */
export function nextRunAfter(window: ScheduleWindow, after: string | null): string | null {
  const from = after === null ? window.start_on : addDays(after, 1)
  const next = firstOnOrAfter(window.frequency, window.start_on, from)
  if (!next || (window.end_on && next > window.end_on)) return null
  return next
}

/** The next run after `after` that has no run recorded yet (`taken`: a date skipped or already run stays done). */
export function nextFreeRunAfter(window: ScheduleWindow, after: string | null, taken: ReadonlySet<string> = new Set()): string | null {
  let next = nextRunAfter(window, after)
  while (next && taken.has(next)) next = nextRunAfter(window, next)
  return next
}

/** Resuming a paused schedule: the first run on or after today without a recorded run; runs missed while paused are not made up. */
export function nextRunOnResume(window: ScheduleWindow, today: string, taken: ReadonlySet<string> = new Set()): string | null {
  return nextFreeRunAfter(window, addDays(today, -1), taken)
}

/** The dates a schedule will run on from `after` (exclusive), at most `count` (for the portal's preview). */
export function upcomingRuns(window: ScheduleWindow, after: string | null, count: number): string[] {
  const runs: string[] = []
  let last = after
  while (runs.length < count) {
    const next = nextRunAfter(window, last)
    if (!next) break
    runs.push(next)
    last = next
  }
  return runs
}

/** Whether a reminder for the run on `runOn` is due today (`daysBefore` days ahead, or later if the job missed the day). */
export function reminderDue(runOn: string, daysBefore: number, today: string): boolean {
  return daysBefore > 0 && today >= addDays(runOn, -daysBefore) && today < runOn
}
