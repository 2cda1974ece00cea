import { planScheduleAction, ScheduleState } from "../actions"

const weekly = (over: Partial<ScheduleState> = {}): ScheduleState => ({
  frequency: { kind: "weeks", every: 1, weekdays: [1] },
  start_on: "2026-11-02",
  end_on: null,
  status: "active",
  next_run_on: "2026-12-07",
  run_dates: [],
  ...over,
})

describe("recurring order actions", () => {
  it("pauses and resumes at the first run from today, without making up what was missed", () => {
    expect(planScheduleAction(weekly(), "pause", "2026-12-01").update).toEqual({ status: "paused", next_run_on: "2026-12-07" })
    expect(planScheduleAction(weekly({ status: "paused" }), "resume", "2026-12-22").update).toEqual({ status: "active", next_run_on: "2026-12-28" })
    expect(() => planScheduleAction(weekly(), "resume", "2026-12-01")).toThrow(/Only a paused/)
    expect(() => planScheduleAction(weekly({ status: "paused" }), "pause", "2026-12-01")).toThrow(/Only an active/)
  })

  it("skips the next run, recording it, and ends a schedule whose last run is skipped", () => {
    expect(planScheduleAction(weekly(), "skip", "2026-12-01")).toEqual({ update: { next_run_on: "2026-12-14" }, skipped_on: "2026-12-07" })
    const last = weekly({ end_on: "2026-12-10" })
    expect(planScheduleAction(last, "skip", "2026-12-01")).toEqual({ update: { status: "ended", next_run_on: null }, skipped_on: "2026-12-07" })
  })

  it("never makes a date that already has a run (skipped or ordered) due again", () => {
    // Skipped the 7th, paused, resumed before it: the next run is the 14th, not the skipped 7th.
    const skippedThenPaused = weekly({ status: "paused", next_run_on: "2026-12-14", run_dates: ["2026-12-07"] })
    expect(planScheduleAction(skippedThenPaused, "resume", "2026-12-02").update).toEqual({ status: "active", next_run_on: "2026-12-14" })
    expect(planScheduleAction(weekly({ run_dates: ["2026-12-07"] }), "reschedule", "2026-12-02").update).toEqual({ next_run_on: "2026-12-14" })
    expect(planScheduleAction(weekly({ run_dates: ["2026-12-14"] }), "skip", "2026-12-02")).toEqual({ update: { next_run_on: "2026-12-21" }, skipped_on: "2026-12-07" })
  })

  it("ends, and refuses anything but ending again once ended", () => {
    expect(planScheduleAction(weekly(), "end", "2026-12-01").update).toEqual({ status: "ended", next_run_on: null })
    expect(() => planScheduleAction(weekly({ status: "ended", next_run_on: null }), "resume", "2026-12-01")).toThrow(/ended/)
  })

  it("reschedules to the first run of the new dates from today", () => {
    const thursdays = weekly({ frequency: { kind: "weeks", every: 1, weekdays: [4] } })
    expect(planScheduleAction(thursdays, "reschedule", "2026-12-01").update).toEqual({ next_run_on: "2026-12-03" })
    expect(() => planScheduleAction(weekly({ frequency: { kind: "dates", dates: ["2026-11-01"] } }), "reschedule", "2026-12-01")).toThrow(/no run left/)
  })
})
