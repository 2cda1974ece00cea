import { useState } from "react"
import type { Frequency, Weekday } from "../api/recurring-orders"
import { examplePo, formatDay, isCalendarDate, previewRuns, ScheduleDraft, scheduleFromDraft, todayUtc, WEEKDAY_NAMES, WEEKDAYS } from "../lib/schedules"

const KINDS: { kind: Frequency["kind"]; label: string }[] = [
  { kind: "days", label: "Every N days" },
  { kind: "weeks", label: "Every N weeks, on weekdays" },
  { kind: "monthly", label: "Monthly, on a day" },
  { kind: "dates", label: "On chosen dates" },
]

/**
 * Name, frequency, start and end, PO pattern and reminder of a recurring order, with the next
 * run dates and the PO number they would get, as typed. Used to set one up and to edit it.
 * `runNumber`: the number the next run gets ({n}), 1 for a new recurring order.
 */
export function ScheduleFieldsEditor({ draft, onChange, disabled, runNumber = 1 }: { draft: ScheduleDraft; onChange: (draft: ScheduleDraft) => void; disabled: boolean; runNumber?: number }) {
  const [newDate, setNewDate] = useState("")
  const set = (change: Partial<ScheduleDraft>) => onChange({ ...draft, ...change })
  const parsed = scheduleFromDraft(draft)
  const preview = parsed.schedule ? previewRuns(parsed.schedule) : []
  const po = preview[0] ? examplePo(draft.po_pattern, preview[0], runNumber) : null
  const today = todayUtc()

  const toggleWeekday = (day: Weekday, on: boolean) => set({ weekdays: on ? [...new Set([...draft.weekdays, day])].sort() : draft.weekdays.filter((d) => d !== day) })
  function addDate() {
    if (!isCalendarDate(newDate) || draft.dates.includes(newDate)) return
    set({ dates: [...draft.dates, newDate].sort() })
    setNewDate("")
  }

  return (
    <div className="stack schedule-fields">
      <label>
        Name
        <input name="schedule_name" data-testid="schedule-name" placeholder="e.g. Monday café restock" maxLength={120} value={draft.name} disabled={disabled} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <fieldset className="schedule-frequency" disabled={disabled}>
        <legend>How often</legend>
        <select name="frequency_kind" aria-label="Frequency" data-testid="frequency-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as Frequency["kind"] })}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>{k.label}</option>
          ))}
        </select>
        {(draft.kind === "days" || draft.kind === "weeks") && (
          <label className="inline-label">
            Every
            <input className="qty-input" type="number" min={1} max={draft.kind === "days" ? 365 : 52} name="frequency_every" data-testid="frequency-every" value={draft.every} onChange={(e) => set({ every: e.target.value })} />
            {draft.kind === "days" ? "day(s)" : "week(s)"}
          </label>
        )}
        {draft.kind === "weeks" && (
          <div className="weekday-picker" role="group" aria-label="Weekdays">
            {WEEKDAYS.map((day) => (
              <label key={day} className="check weekday">
                <input type="checkbox" name="weekday" value={day} data-testid={`weekday-${day}`} checked={draft.weekdays.includes(day)} onChange={(e) => toggleWeekday(day, e.target.checked)} />
                {WEEKDAY_NAMES[day]}
              </label>
            ))}
          </div>
        )}
        {draft.kind === "monthly" && (
          <label className="inline-label">
            On day
            <input className="qty-input" type="number" min={1} max={31} name="frequency_day" data-testid="frequency-day" value={draft.day} onChange={(e) => set({ day: e.target.value })} />
            of each month
          </label>
        )}
        {draft.kind === "dates" && (
          <div className="stack">
            <div className="inline-form">
              <input type="date" aria-label="A date to order on" name="frequency_date" data-testid="frequency-date" min={today} value={newDate} onChange={(e) => setNewDate(e.target.value)} />
              <button type="button" className="secondary small" data-testid="frequency-add-date" disabled={!isCalendarDate(newDate)} onClick={addDate}>Add date</button>
            </div>
            {draft.dates.length > 0 && (
              <span className="chips">
                {draft.dates.map((date) => (
                  <span key={date} className="chip" data-testid="frequency-date-chip">
                    {formatDay(date)}{" "}
                    <button type="button" className="chip-remove" aria-label={`Remove ${date}`} onClick={() => set({ dates: draft.dates.filter((d) => d !== date) })}>×</button>
                  </span>
                ))}
              </span>
            )}
          </div>
        )}
      </fieldset>
      <div className="field-pair">
        <label>
          Start date
          <input type="date" name="start_on" data-testid="schedule-start" value={draft.start_on} disabled={disabled} onChange={(e) => set({ start_on: e.target.value })} />
        </label>
        <label>
          End date (optional)
          <input type="date" name="end_on" data-testid="schedule-end" min={draft.start_on || undefined} value={draft.end_on} disabled={disabled} onChange={(e) => set({ end_on: e.target.value })} />
        </label>
      </div>
      <p className="muted small-print">Dates are calendar days in UTC: a run is placed during its day.</p>
      <label>
        PO number pattern (optional)
        <input name="po_pattern" data-testid="schedule-po-pattern" placeholder="e.g. PO-{yyyy}-W{ww}" maxLength={64} value={draft.po_pattern} disabled={disabled} onChange={(e) => set({ po_pattern: e.target.value })} />
        <span className="muted small-print">
          Tokens: <code>{"{yyyy}"}</code> year, <code>{"{mm}"}</code> month, <code>{"{dd}"}</code> day, <code>{"{ww}"}</code> ISO week (with <code>{"{gggg}"}</code>, its year), <code>{"{n}"}</code> the run's number.
        </span>
        {po && (
          <span className="small-print" data-testid="po-example">
            Next run's PO: <strong>{po}</strong>
          </span>
        )}
      </label>
      <label>
        Reminder (days before each run, 0 for none)
        <input className="qty-input" type="number" min={0} max={14} name="reminder_days" data-testid="schedule-reminder" value={draft.reminder_days} disabled={disabled} onChange={(e) => set({ reminder_days: e.target.value })} />
      </label>
      <div className="schedule-preview" data-testid="schedule-preview">
        {parsed.problem ? (
          <span className="muted" data-testid="schedule-problem">{parsed.problem}</span>
        ) : preview.length ? (
          <>
            <span className="muted">Next runs: </span>
            {preview.map((date) => (
              <span key={date} className="chip" data-testid="preview-date" data-date={date}>{formatDay(date)}</span>
            ))}
          </>
        ) : (
          <span className="error-text" data-testid="schedule-problem">No run between the start and the end: check the dates.</span>
        )}
      </div>
    </div>
  )
}
