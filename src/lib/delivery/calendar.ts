/**
 * Delivery dates, as pure functions: the order day after the cut-off, the earliest date the lead
 * time allows, and which dates an address may request given delivery weekdays, holidays and its
 * receiving windows.
 *
 * Time zones: the only instant is `now`. It is read once, with Intl, as a local date and "HH:MM"
 * in the calendar's `time_zone`; from then on everything is a plain calendar date "YYYY-MM-DD",
 * stepped at UTC noon. A day is therefore always one calendar day, whatever the zone's DST change
 * does to the length of that day, and dates compare as strings.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** A receiving window of an address on one weekday, local "HH:MM" times in the calendar's time zone. */
export type ReceivingWindow = { weekday: IsoWeekday; from: string; to: string }

export type DeliveryCalendarRules = {
  /** Weekdays the merchant delivers on. */
  delivery_weekdays: IsoWeekday[]
  /** Local "HH:MM": an order placed at or after it counts as placed the next day. */
  cutoff_time: string
  /** Minimum lead time in working days (Mon–Fri that are not closed dates) between the order day and the delivery date. */
  lead_days: number
  /** "YYYY-MM-DD" dates nobody delivers (holidays). */
  closed_dates: string[]
  /** IANA time zone all dates, cut-off and windows are read in (e.g. "Europe/Berlin"). */
  time_zone: string
}

export type AllowedDate = { date: string; window: { from: string; to: string } | null }

export type DateVerdict =
  | { allowed: true; window: AllowedDate["window"] }
  | {
      allowed: false
      reason: "invalid_date" | "too_early" | "not_a_delivery_day" | "closed" | "no_receiving_window"
      next: string | null
      message: string
    }

const DEFAULT_HORIZON_DAYS = 120
const DAY = 24 * 60 * 60 * 1000
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

export const isIsoDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  // Date rolls "2026-02-30" over to March 2; only a real date survives the round trip.
  return formatDate(utcNoon(s)) === s
}

export const isClockTime = (s: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(s)

export const isTimeZone = (s: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: s })
    return true
  } catch {
    return false
  }
}

/** The order day (YYYY-MM-DD in the calendar's zone) for an order placed at `now`: today before the cut-off, else the next day. */
export function orderDay(rules: DeliveryCalendarRules, now: Date): string {
  const local = localDateAndTime(now, rules.time_zone)
  return local.time < rules.cutoff_time ? local.date : addDays(local.date, 1)
}

/** The earliest date a delivery may be requested for (before weekday/window/closed filters): order day + lead_days working days. lead_days 0 = the order day itself. */
export function earliestDeliveryDate(rules: DeliveryCalendarRules, now: Date): string {
  let date = orderDay(rules, now)
  let workingDaysLeft = rules.lead_days
  while (workingDaysLeft > 0) {
    date = addDays(date, 1)
    if (isoWeekday(date) <= 5 && !rules.closed_dates.includes(date)) workingDaysLeft--
  }
  return date
}

/** The next `count` allowed dates from the earliest on, searching at most `horizonDays` (default 120) calendar days. `windows`: the address's receiving windows; empty = no restriction. A date is allowed when on a delivery weekday, not closed, and (windows non-empty ⇒) the address has a window that weekday; the returned window is that weekday's (first by `from`) or null. */
export function nextAllowedDates(
  rules: DeliveryCalendarRules,
  windows: ReceivingWindow[],
  now: Date,
  count: number,
  horizonDays: number = DEFAULT_HORIZON_DAYS
): AllowedDate[] {
  return allowedDatesFrom(rules, windows, earliestDeliveryDate(rules, now), count, horizonDays)
}

/** Whether `date` ("YYYY-MM-DD") may be requested now; refusals say why and name the next allowed date in `message` (e.g. "2026-12-24 is a closed date; the next allowed delivery date is 2026-12-28"). */
export function checkRequestedDate(rules: DeliveryCalendarRules, windows: ReceivingWindow[], now: Date, date: string): DateVerdict {
  const earliest = earliestDeliveryDate(rules, now)
  const refuse = (reason: Exclude<DateVerdict, { allowed: true }>["reason"], why: string, searchFrom: string): DateVerdict => {
    const next = allowedDatesFrom(rules, windows, searchFrom, 1, DEFAULT_HORIZON_DAYS)[0]?.date ?? null
    const then = next
      ? `the next allowed delivery date is ${next}`
      : `no delivery date is available within ${DEFAULT_HORIZON_DAYS} days`
    return { allowed: false, reason, next, message: `${why}; ${then}` }
  }

  if (!isIsoDate(date)) return refuse("invalid_date", `"${date}" is not a date of the form YYYY-MM-DD`, earliest)
  if (date < earliest) return refuse("too_early", `${date} is before the earliest possible delivery date ${earliest}`, earliest)

  const weekday = isoWeekday(date)
  const dayAfter = addDays(date, 1)
  if (!rules.delivery_weekdays.includes(weekday)) {
    return refuse("not_a_delivery_day", `${date} is a ${WEEKDAY_NAMES[weekday - 1]}, not a delivery day`, dayAfter)
  }
  if (rules.closed_dates.includes(date)) return refuse("closed", `${date} is a closed date`, dayAfter)
  const window = windowOn(windows, weekday)
  if (window === undefined) {
    return refuse("no_receiving_window", `the address does not receive deliveries on ${WEEKDAY_NAMES[weekday - 1]}s (${date})`, dayAfter)
  }
  return { allowed: true, window }
}

function allowedDatesFrom(rules: DeliveryCalendarRules, windows: ReceivingWindow[], start: string, count: number, horizonDays: number): AllowedDate[] {
  const allowed: AllowedDate[] = []
  for (let offset = 0; offset < horizonDays && allowed.length < count; offset++) {
    const date = addDays(start, offset)
    const weekday = isoWeekday(date)
    if (!rules.delivery_weekdays.includes(weekday) || rules.closed_dates.includes(date)) continue
    const window = windowOn(windows, weekday)
    if (window !== undefined) allowed.push({ date, window })
  }
  return allowed
}

/** null when the address has no windows at all (any time will do), undefined when it has none that weekday. */
function windowOn(windows: ReceivingWindow[], weekday: IsoWeekday): AllowedDate["window"] | undefined {
  if (windows.length === 0) return null
  const first = windows.filter((w) => w.weekday === weekday).sort((a, b) => a.from.localeCompare(b.from))[0]
  return first ? { from: first.from, to: first.to } : undefined
}

function localDateAndTime(instant: Date, timeZone: string): { date: string; time: string } {
  // h23: with hour12 false some engines print midnight as "24:00".
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value
  return { date: `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` }
}

function utcNoon(date: string): Date {
  const [year, month, day] = date.split("-").map(Number)
  const noon = new Date(Date.UTC(2000, 0, 1, 12))
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  noon.setUTCFullYear(year, month - 1, day)
  return noon
}

const formatDate = (d: Date) => d.toISOString().slice(0, 10)

const addDays = (date: string, days: number) => formatDate(new Date(utcNoon(date).getTime() + days * DAY))

const isoWeekday = (date: string) => (utcNoon(date).getUTCDay() || 7) as IsoWeekday
