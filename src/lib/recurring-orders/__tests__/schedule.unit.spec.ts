import { addDays, Frequency, nextRunAfter, nextRunOnResume, reminderDue, upcomingRuns, weekdayOf } from "../schedule"
import { isoWeek, poNumberFor, unknownPoTokens } from "../po-number"

const window = (frequency: Frequency, start_on: string, end_on: string | null = null) => ({ frequency, start_on, end_on })

describe("recurring order dates (UTC calendar days)", () => {
  it("knows the weekdays", () => {
    expect(weekdayOf("2026-11-30")).toBe(1) // a Monday
    expect(weekdayOf("2026-12-06")).toBe(7)
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
  })

  it("runs weekly on Monday and Thursday from a Wednesday start", () => {
    const w = window({ kind: "weeks", every: 1, weekdays: [4, 1] }, "2026-12-02")
    expect(upcomingRuns(w, null, 5)).toEqual(["2026-12-03", "2026-12-07", "2026-12-10", "2026-12-14", "2026-12-17"])
  })

  it("runs every second week, counting weeks from the start", () => {
    const w = window({ kind: "weeks", every: 2, weekdays: [1] }, "2026-11-30")
    expect(upcomingRuns(w, null, 3)).toEqual(["2026-11-30", "2026-12-14", "2026-12-28"])
    expect(nextRunAfter(w, "2026-11-30")).toBe("2026-12-14")
  })

  it("runs every N days", () => {
    expect(upcomingRuns(window({ kind: "days", every: 10 }, "2026-12-25"), null, 3)).toEqual(["2026-12-25", "2027-01-04", "2027-01-14"])
  })

  it("runs monthly on the 31st on the last day of shorter months, February of a leap year included", () => {
    const w = window({ kind: "monthly", day: 31 }, "2027-01-15")
    expect(upcomingRuns(w, null, 4)).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"])
    expect(nextRunAfter(window({ kind: "monthly", day: 31 }, "2028-01-01"), "2028-01-31")).toBe("2028-02-29")
  })

  it("runs on explicit dates, in order, and then no more", () => {
    const w = window({ kind: "dates", dates: ["2026-12-21", "2026-12-07", "2026-12-14"] }, "2026-12-01")
    expect(upcomingRuns(w, null, 10)).toEqual(["2026-12-07", "2026-12-14", "2026-12-21"])
    expect(nextRunAfter(w, "2026-12-21")).toBeNull()
  })

  it("stops at the end date", () => {
    const w = window({ kind: "weeks", every: 1, weekdays: [1] }, "2026-11-30", "2026-12-14")
    expect(upcomingRuns(w, null, 10)).toEqual(["2026-11-30", "2026-12-07", "2026-12-14"])
  })

  it("skips the next run by moving to the one after it", () => {
    const w = window({ kind: "weeks", every: 1, weekdays: [1, 4] }, "2026-11-30")
    const next = nextRunAfter(w, null)!
    expect([next, nextRunAfter(w, next)]).toEqual(["2026-11-30", "2026-12-03"])
  })

  it("resumes a paused schedule at the first run from today, without making up missed ones", () => {
    const w = window({ kind: "weeks", every: 1, weekdays: [1] }, "2026-11-02")
    expect(nextRunOnResume(w, "2026-11-30")).toBe("2026-11-30")
    expect(nextRunOnResume(w, "2026-12-01")).toBe("2026-12-07")
  })

  it("reminds N days before a run, also when the job missed the exact day, never on or after it", () => {
    expect(reminderDue("2026-12-07", 2, "2026-12-04")).toBe(false)
    expect(reminderDue("2026-12-07", 2, "2026-12-05")).toBe(true)
    expect(reminderDue("2026-12-07", 2, "2026-12-06")).toBe(true)
    expect(reminderDue("2026-12-07", 2, "2026-12-07")).toBe(false)
    expect(reminderDue("2026-12-07", 0, "2026-12-06")).toBe(false)
  })
})

describe("PO numbers from a pattern", () => {
  it("fills year, ISO week, date and run number", () => {
    expect(poNumberFor("PO-{yyyy}-{ww}", "2026-12-07", 3)).toBe("PO-2026-50")
    expect(poNumberFor("{yyyy}{mm}{dd}/{n}", "2026-02-03", 12)).toBe("20260203/12")
    // 2026-12-31 is a Thursday of ISO week 53 of 2026; 2027-01-01 still belongs to it.
    expect(isoWeek("2027-01-01")).toEqual({ week: 53, year: 2026 })
    expect(poNumberFor("PO-{gggg}-W{ww}", "2027-01-01", 1)).toBe("PO-2026-W53")
  })

  it("names unknown tokens", () => {
    expect(unknownPoTokens("PO-{yyyy}-{week}")).toEqual(["{week}"])
    expect(unknownPoTokens("PO-{yyyy}-{ww}")).toEqual([])
  })
})
