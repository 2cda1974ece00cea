import { FormEvent, useState } from "react"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { IsoWeekday, ReceivingProfileInput, ReceivingProfileView, saveReceivingProfile } from "../api/delivery"
import { WEEKDAYS, windowText } from "../lib/delivery"
import { useUnitSession } from "../session/session-context"

/** An address's receiving profile as read: windows per weekday, dock, pallets, site contact, notes. */
export function ReceivingProfileFacts({ profile }: { profile: ReceivingProfileView | null }) {
  if (!profile) return <p className="muted" data-testid="receiving-profile-none">No receiving profile: deliveries come on any delivery day, at any time.</p>
  return (
    <div className="stack receiving-profile" data-testid="receiving-profile">
      {profile.windows.length ? (
        <table className="compact receiving-windows" data-testid="receiving-windows">
          <tbody>
            {WEEKDAYS.map(({ weekday: day, short }) => {
              const windows = profile.windows.filter((w) => w.weekday === day).sort((a, b) => a.from.localeCompare(b.from))
              return (
                <tr key={day} data-weekday={day} className={windows.length ? undefined : "muted"}>
                  <th scope="row">{short}</th>
                  <td>{windows.length ? windows.map(windowText).join(", ") : "closed for deliveries"}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">Receives on any delivery day, at any time.</p>
      )}
      <dl className="facts">
        <div>
          <dt>Dock</dt>
          <dd data-testid="receiving-dock">{profile.dock_instructions || "–"}</dd>
        </div>
        <div>
          <dt>Pallets</dt>
          <dd data-testid="receiving-pallets">{profile.accepts_pallets ? "Accepted" : "Not accepted (parcels only)"}</dd>
        </div>
        <div>
          <dt>Site contact</dt>
          <dd data-testid="receiving-contact">
            {[profile.site_contact_name, profile.site_contact_phone].filter(Boolean).join(", ") || "–"}
          </dd>
        </div>
        {profile.notes && (
          <div>
            <dt>Notes</dt>
            <dd>{profile.notes}</dd>
          </div>
        )}
      </dl>
    </div>
  )
}

type WindowDraft = { key: number; weekday: IsoWeekday; from: string; to: string }
type ProfileDraft = Omit<ReceivingProfileInput, "windows"> & { windows: WindowDraft[] }

let nextKey = 1
const draftOf = (profile: ReceivingProfileView | null): ProfileDraft => ({
  windows: (profile?.windows ?? []).map((w) => ({ key: nextKey++, ...w })),
  dock_instructions: profile?.dock_instructions ?? "",
  accepts_pallets: profile?.accepts_pallets ?? false,
  site_contact_name: profile?.site_contact_name ?? "",
  site_contact_phone: profile?.site_contact_phone ?? "",
  notes: profile?.notes ?? "",
})

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/
/** The backend's limits (src/api/store/business/validators.ts): three windows a day, field lengths. */
const MAX_WINDOWS = 21
const orNull = (value: string | null) => (value?.trim() ? value.trim() : null)

/** What is wrong with the windows, in words, or null when they can be saved. */
function windowProblem(windows: WindowDraft[]): string | null {
  for (const w of windows) {
    const day = WEEKDAYS[w.weekday - 1].name
    if (!CLOCK.test(w.from) || !CLOCK.test(w.to)) return `${day}: give both times as HH:MM.`
    if (w.from >= w.to) return `${day}: the window must end after it starts (${w.from}–${w.to}).`
  }
  for (const { weekday: day, name } of WEEKDAYS) {
    const sorted = windows.filter((w) => w.weekday === day).sort((a, b) => a.from.localeCompare(b.from))
    const overlap = sorted.findIndex((w, i) => i > 0 && w.from < sorted[i - 1].to)
    if (overlap > 0) return `${name}: the windows ${windowText(sorted[overlap - 1])} and ${windowText(sorted[overlap])} overlap.`
  }
  return null
}

/** Edits an address's receiving profile (unit.update); the backend checks the permission again. */
export function ReceivingProfileForm({ addressId, profile, onSaved, onCancel }: { addressId: string; profile: ReceivingProfileView | null; onSaved: (profile: ReceivingProfileView) => void; onCancel: () => void }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const setWindow = (key: number, change: Partial<WindowDraft>) => set("windows", draft.windows.map((w) => (w.key === key ? { ...w, ...change } : w)))

  function addWindow() {
    // The next weekday without a window, Monday first.
    const free = WEEKDAYS.find(({ weekday }) => !draft.windows.some((w) => w.weekday === weekday))?.weekday ?? 1
    const like = draft.windows[draft.windows.length - 1]
    set("windows", [...draft.windows, { key: nextKey++, weekday: free, from: like?.from ?? "07:00", to: like?.to ?? "12:00" }])
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const problem = windowProblem(draft.windows)
    if (problem) return setError(problem)
    setBusy(true)
    setError(null)
    try {
      const saved = await saveReceivingProfile(
        activeUnit.id,
        addressId,
        {
          windows: draft.windows.map(({ weekday, from, to }) => ({ weekday, from, to })),
          dock_instructions: orNull(draft.dock_instructions),
          accepts_pallets: draft.accepts_pallets,
          site_contact_name: orNull(draft.site_contact_name),
          site_contact_phone: orNull(draft.site_contact_phone),
          notes: orNull(draft.notes),
        },
        unitHeaders()
      )
      onSaved(saved)
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <form className="stack receiving-form" onSubmit={onSubmit} data-testid="receiving-form">
      <fieldset className="stack" disabled={busy}>
        <legend>Receiving windows</legend>
        {draft.windows.length === 0 && <p className="muted">No windows: the address receives at any time on every delivery day.</p>}
        {draft.windows.map((w, i) => (
          <div className="row-inline receiving-window" key={w.key} data-testid="receiving-window-row">
            <select aria-label={`Weekday of window ${i + 1}`} name="weekday" value={w.weekday} onChange={(e) => setWindow(w.key, { weekday: Number(e.target.value) as IsoWeekday })}>
              {WEEKDAYS.map(({ weekday: day, name }) => (
                <option key={day} value={day}>{name}</option>
              ))}
            </select>
            <input type="time" aria-label={`From (window ${i + 1})`} name="from" value={w.from} required onChange={(e) => setWindow(w.key, { from: e.target.value })} />
            <span>to</span>
            <input type="time" aria-label={`To (window ${i + 1})`} name="to" value={w.to} required onChange={(e) => setWindow(w.key, { to: e.target.value })} />
            <button type="button" className="secondary small" onClick={() => set("windows", draft.windows.filter((x) => x.key !== w.key))}>Remove</button>
          </div>
        ))}
        {draft.windows.length < MAX_WINDOWS && (
          <div>
            <button type="button" className="secondary small" data-testid="add-receiving-window" onClick={addWindow}>Add a window</button>
          </div>
        )}
      </fieldset>
      <fieldset className="stack" disabled={busy}>
        <legend>On site</legend>
        <label>
          Dock instructions
          <textarea name="dock_instructions" rows={2} maxLength={1000} value={draft.dock_instructions ?? ""} onChange={(e) => set("dock_instructions", e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" name="accepts_pallets" checked={draft.accepts_pallets} onChange={(e) => set("accepts_pallets", e.target.checked)} />
          Accepts pallets
        </label>
        <div className="field-pair">
          <label>
            Site contact
            <input name="site_contact_name" maxLength={200} value={draft.site_contact_name ?? ""} onChange={(e) => set("site_contact_name", e.target.value)} />
          </label>
          <label>
            Contact phone
            <input name="site_contact_phone" type="tel" maxLength={50} value={draft.site_contact_phone ?? ""} onChange={(e) => set("site_contact_phone", e.target.value)} />
          </label>
        </div>
        <label>
          Notes
          <textarea name="notes" rows={2} maxLength={2000} value={draft.notes ?? ""} onChange={(e) => set("notes", e.target.value)} />
        </label>
      </fieldset>
      <ErrorBox message={error} />
      <div className="row">
        <button type="submit" data-testid="save-receiving-profile" disabled={busy}>{busy ? "Saving…" : "Save receiving profile"}</button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>Cancel</button>
      </div>
    </form>
  )
}
