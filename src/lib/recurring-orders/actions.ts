import { nextFreeRunAfter, nextRunOnResume, ScheduleWindow } from "./schedule"

/**
 * What pausing, resuming, skipping, ending or rescheduling does to a recurring order, decided
 * on its current state and today's date (UTC). Pure: the routes write the outcome under the
 * schedule's lock, so a run in progress and a change never cross.
 */

/** `run_dates`: the dates that already have a run (placed, failed, skipped…): none of them is due again. */
export type ScheduleState = ScheduleWindow & { status: "active" | "paused" | "ended"; next_run_on: string | null; run_dates: string[] }
export type ScheduleAction = "pause" | "resume" | "skip" | "end" | "reschedule"

export type ActionOutcome = {
  update: { status?: "active" | "paused" | "ended"; next_run_on: string | null }
  /** skip: the date recorded as a run skipped by the buyer. */
  skipped_on?: string
}

export class ScheduleActionRefusal extends Error {}

const ended = { status: "ended" as const, next_run_on: null }

export function planScheduleAction(state: ScheduleState, action: ScheduleAction, today: string): ActionOutcome {
  if (state.status === "ended" && action !== "end") {
    throw new ScheduleActionRefusal("This recurring order has ended: set up a new one")
  }
  const taken = new Set(state.run_dates)
  switch (action) {
    case "pause":
      if (state.status !== "active") throw new ScheduleActionRefusal("Only an active recurring order can be paused")
      return { update: { status: "paused", next_run_on: state.next_run_on } }
    case "resume": {
      if (state.status !== "paused") throw new ScheduleActionRefusal("Only a paused recurring order can be resumed")
      const next = nextRunOnResume(state, today, taken)
      return { update: next ? { status: "active", next_run_on: next } : ended }
    }
    case "skip": {
      if (!state.next_run_on) throw new ScheduleActionRefusal("There is no next run to skip")
      const next = nextFreeRunAfter(state, state.next_run_on, taken)
      return { update: next ? { next_run_on: next } : ended, skipped_on: state.next_run_on }
    }
    case "end":
      return { update: ended }
    case "reschedule": {
      // New frequency, start or end: the first run from today; a paused order keeps waiting.
      const next = nextRunOnResume(state, today, taken)
      if (!next) throw new ScheduleActionRefusal("This schedule has no run left: check its dates")
      return { update: { next_run_on: next } }
    }
  }
}
