import { FormEvent, useState } from "react"
import { Link, useParams } from "react-router"
import { Async, ErrorBox, errorMessage, useAsync } from "@storefronts/shared"
import { statusOf } from "../api/client"
import {
  changeSchedule,
  getRecurringOrder,
  listUnitAddresses,
  RecurringOrderChange,
  RecurringOrderLineView,
  RecurringOrderView,
  RecurringRunView,
  ScheduleAction,
  updateRecurringOrder,
} from "../api/recurring-orders"
import { EmptyState } from "../components/EmptyState"
import { ListOwner } from "../components/ListOwner"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { QuantityInput, useQuantityInput } from "../components/QuantityInput"
import { ScheduleFieldsEditor } from "../components/ScheduleFieldsEditor"
import { SkippedNotice } from "../components/SkippedNotice"
import { StatusBadge } from "../components/StatusBadge"
import { usePageTitle } from "../lib/page-title"
import { describeFrequency, draftOf, formatDay, ScheduleDraft, scheduleFromDraft } from "../lib/schedules"
import { useUnitSession } from "../session/session-context"

const PROVIDER_NAMES: Record<string, string> = {
  "pp_net-terms_net-terms": "Net terms (invoice)",
  pp_system_default: "Pay now",
}

export function SchedulePage() {
  usePageTitle("Recurring order")
  return (
    <Permitted anyOf={["recurring_orders.view"]}>
      <ScheduleLoader />
    </Permitted>
  )
}

function ScheduleLoader() {
  const { id = "" } = useParams()
  const { unitHeaders } = useUnitSession()
  const loaded = useAsync(async () => {
    try {
      return await getRecurringOrder(id, unitHeaders())
    } catch (error) {
      // Missing, or another company's: the backend answers 404 for both.
      if (statusOf(error) === 404) return null
      throw error
    }
  }, [id, unitHeaders])

  return (
    <div className="stack">
      <Link to="/schedules" className="muted">← All schedules</Link>
      <Async state={loaded}>
        {(order) =>
          order ? (
            <ScheduleDetail key={order.id} initial={order} />
          ) : (
            <EmptyState title="This recurring order does not exist" testId="schedule-not-found">
              <p className="muted">It may belong to another business unit.</p>
            </EmptyState>
          )
        }
      </Async>
    </div>
  )
}

/** Runs a change and shows the recurring order the backend answers. */
type Mutation = (order: RecurringOrderView) => Promise<RecurringOrderView>

function ScheduleDetail({ initial }: { initial: RecurringOrderView }) {
  const { unitHeaders, activeUnit } = useUnitSession()
  const [order, setOrder] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const addresses = useAsync(() => listUnitAddresses(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  const address = addresses.data?.find((a) => a.id === order.shipping_address_id)
  const manage = order.may_manage && order.status !== "ended"

  async function change(mutation: Mutation): Promise<boolean> {
    setBusy(true)
    setError(null)
    try {
      setOrder(await mutation(order))
      return true
    } catch (err) {
      setError(errorMessage(err))
      return false
    } finally {
      setBusy(false)
    }
  }

  const act = (action: ScheduleAction) => void change((current) => changeSchedule(current.id, action, unitHeaders()))
  const saveLines = (lines: { variant_id: string; quantity: number }[]) => change((current) => updateRecurringOrder(current.id, { lines }, unitHeaders()))

  return (
    <div className="stack" data-testid="schedule" data-schedule-id={order.id} data-status={order.status} data-may-manage={order.may_manage}>
      <PageHeader
        title={order.name}
        subtitle={
          <>
            Kept by <ListOwner owner={order.owner} /> · <StatusBadge status={order.status} testId="schedule-status" /> · <span data-testid="schedule-frequency">{describeFrequency(order.frequency)}</span>
          </>
        }
        actions={manage && !editing ? <ScheduleActions order={order} busy={busy} onAction={act} onEdit={() => setEditing(true)} /> : undefined}
      />
      <SkippedNotice testId="schedule-skipped" />
      {!order.may_manage && <p className="muted">This is a colleague's recurring order: you can follow it here, but not change it.</p>}
      <ErrorBox message={error} />
      {editing && (
        <EditSchedule
          order={order}
          busy={busy}
          onSave={(changes) => change((current) => updateRecurringOrder(current.id, changes, unitHeaders()))}
          onClose={() => setEditing(false)}
        />
      )}
      <div className="schedule-layout">
        <div className="stack">
          <LinesCard order={order} editable={manage} busy={busy} onSave={saveLines} />
          <RunHistory runs={order.runs} />
        </div>
        <aside className="stack">
          <section className="card stack">
            <h2>Next runs</h2>
            {order.upcoming.length ? (
              <ol className="upcoming" data-testid="upcoming">
                {order.upcoming.map((date) => {
                  // A date already decided (skipped by the buyer) is not ordered again, even if planned.
                  const decided = order.runs.find((r) => r.due_on === date)
                  return (
                    <li key={date} data-testid="upcoming-date" data-date={date} data-skipped={decided?.status === "skipped" ? "true" : undefined}>
                      {formatDay(date)} {decided && <StatusBadge status={decided.status} />}
                    </li>
                  )
                })}
              </ol>
            ) : (
              <p className="muted" data-testid="upcoming-none">
                {order.status === "paused" ? "Paused: nothing runs until it is resumed." : order.status === "ended" ? "Ended: no more runs." : "No run left in its dates."}
              </p>
            )}
          </section>
          <section className="card stack">
            <h2>Details</h2>
            <dl className="facts">
              <div><dt>Next run</dt><dd data-testid="schedule-next" data-date={order.next_run_on ?? ""}>{formatDay(order.next_run_on)}</dd></div>
              <div><dt>Starts</dt><dd>{formatDay(order.start_on)}</dd></div>
              <div><dt>Ends</dt><dd>{order.end_on ? formatDay(order.end_on) : "No end date"}</dd></div>
              <div><dt>PO pattern</dt><dd data-testid="schedule-po">{order.po_pattern ? <code>{order.po_pattern}</code> : "–"}</dd></div>
              <div><dt>Reminder</dt><dd>{order.reminder_days ? `${order.reminder_days} day${order.reminder_days === 1 ? "" : "s"} before` : "None"}</dd></div>
              <div><dt>Payment</dt><dd>{PROVIDER_NAMES[order.payment_provider_id] ?? order.payment_provider_id}</dd></div>
            </dl>
            <div>
              <h3>Delivery address</h3>
              {address ? (
                <address>
                  {[address.label, address.company, `${address.first_name ?? ""} ${address.last_name ?? ""}`.trim(), address.address_1, `${address.postal_code} ${address.city}`, address.country_code.toUpperCase()]
                    .filter(Boolean)
                    .map((line, i) => <div key={i}>{line}</div>)}
                </address>
              ) : (
                <p className="muted">{addresses.loading ? "…" : "No longer one of the unit's addresses: runs fail until it is changed."}</p>
              )}
            </div>
          </section>
        </aside>
      </div>
    </div>
  )
}

function ScheduleActions({ order, busy, onAction, onEdit }: { order: RecurringOrderView; busy: boolean; onAction: (action: ScheduleAction) => void; onEdit: () => void }) {
  const [confirmEnd, setConfirmEnd] = useState(false)
  if (confirmEnd) {
    return (
      <>
        <span className="muted">End “{order.name}”? No more orders will be placed.</span>
        <button type="button" className="danger-solid small" data-testid="schedule-end-confirm" disabled={busy} onClick={() => onAction("end")}>End it</button>
        <button type="button" className="secondary small" onClick={() => setConfirmEnd(false)}>Keep it</button>
      </>
    )
  }
  return (
    <>
      <button type="button" className="secondary small" data-testid="schedule-edit" disabled={busy} onClick={onEdit}>Edit</button>
      {/* A date whose run is already recorded (skipped, or under way) cannot be skipped. */}
      {order.next_run_on && !order.runs.some((r) => r.due_on === order.next_run_on) && (
        <button type="button" className="secondary small" data-testid="schedule-skip" disabled={busy} onClick={() => onAction("skip")} title={`Skip the run of ${formatDay(order.next_run_on)}`}>
          Skip next run
        </button>
      )}
      {order.status === "active" && <button type="button" className="secondary small" data-testid="schedule-pause" disabled={busy} onClick={() => onAction("pause")}>Pause</button>}
      {order.status === "paused" && <button type="button" className="small" data-testid="schedule-resume" disabled={busy} onClick={() => onAction("resume")}>Resume</button>}
      <button type="button" className="secondary small danger" data-testid="schedule-end" disabled={busy} onClick={() => setConfirmEnd(true)}>End</button>
    </>
  )
}

/** Only what changed is sent: a change of the dates reschedules from today, so unchanged dates stay out. */
function changesOf(order: RecurringOrderView, draft: ScheduleDraft): RecurringOrderChange | string {
  const parsed = scheduleFromDraft(draft)
  if (!parsed.schedule) return parsed.problem
  const next = parsed.schedule
  const changes: RecurringOrderChange = {}
  if (next.name !== order.name) changes.name = next.name
  if (JSON.stringify(next.frequency) !== JSON.stringify(order.frequency)) changes.frequency = next.frequency
  if (next.start_on !== order.start_on) changes.start_on = next.start_on
  if (next.end_on !== order.end_on) changes.end_on = next.end_on
  if (next.po_pattern !== order.po_pattern) changes.po_pattern = next.po_pattern
  if (next.reminder_days !== order.reminder_days) changes.reminder_days = next.reminder_days
  return changes
}

function EditSchedule({ order, busy, onSave, onClose }: { order: RecurringOrderView; busy: boolean; onSave: (changes: RecurringOrderChange) => Promise<boolean>; onClose: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(order))
  const [problem, setProblem] = useState<string | null>(null)
  const nextRun = order.upcoming[0] ?? order.next_run_on
  // {n} of the next run: every earlier run counts, skipped ones too (as the backend numbers them).
  const runNumber = order.runs.filter((r) => r.due_on !== nextRun).length + 1

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const changes = changesOf(order, draft)
    if (typeof changes === "string") return setProblem(changes)
    setProblem(null)
    if (!Object.keys(changes).length) return onClose()
    if (await onSave(changes)) onClose()
  }

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="schedule-edit-form">
      <h2>Edit the recurring order</h2>
      <ScheduleFieldsEditor draft={draft} onChange={setDraft} disabled={busy} runNumber={runNumber} />
      <p className="muted small-print">Changing how often or the dates plans the next run afresh from today.</p>
      <ErrorBox message={problem} />
      <div className="row">
        <button type="submit" data-testid="schedule-save" disabled={busy}>{busy ? "Saving…" : "Save changes"}</button>
        <button type="button" className="secondary" disabled={busy} onClick={onClose}>Cancel</button>
      </div>
    </form>
  )
}

function LinesCard({ order, editable, busy, onSave }: { order: RecurringOrderView; editable: boolean; busy: boolean; onSave: (lines: { variant_id: string; quantity: number }[]) => Promise<boolean> }) {
  const all = order.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity }))
  const withQuantity = (line: RecurringOrderLineView, quantity: number) => all.map((l) => (l.variant_id === line.variant_id ? { ...l, quantity } : l))
  const without = (line: RecurringOrderLineView) => all.filter((l) => l.variant_id !== line.variant_id)

  return (
    <section className="card stack">
      <h2>What is ordered</h2>
      <div className="table-wrap">
        <table className="compact" data-testid="schedule-lines">
          <thead>
            <tr>
              <th>Product</th>
              <th>SKU</th>
              <th className="num">Quantity</th>
              {editable && <th aria-label="Actions" />}
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <LineRow
                key={`${line.id}:${line.quantity}`}
                line={line}
                editable={editable}
                busy={busy}
                last={order.lines.length === 1}
                onQuantity={(quantity) => onSave(withQuantity(line, quantity))}
                onRemove={() => void onSave(without(line))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small-print">Priced on each run's day at the unit's prices then.</p>
    </section>
  )
}

function LineRow({ line, editable, busy, last, onQuantity, onRemove }: { line: RecurringOrderLineView; editable: boolean; busy: boolean; last: boolean; onQuantity: (quantity: number) => Promise<boolean>; onRemove: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const quantity = useQuantityInput({ quantity: line.quantity, what: "line", onSave: onQuantity, onError: setError })

  return (
    <tr data-testid="schedule-line" data-sku={line.sku ?? undefined}>
      <td>
        <strong>{line.product_title}</strong>
        {line.variant_title && line.variant_title !== "Default" && <span className="muted"> · {line.variant_title}</span>}
        {error && <div className="error-text" role="alert">{error}</div>}
      </td>
      <td><code>{line.sku ?? "–"}</code></td>
      <td className="num">
        {editable ? (
          <QuantityInput input={quantity} label={line.sku ?? line.product_title} name="line_quantity" testId="line-quantity" busy={busy} />
        ) : (
          <span data-testid="line-quantity-text">{line.quantity}</span>
        )}
      </td>
      {editable && (
        <td className="actions">
          <button type="button" className="secondary small" data-testid="remove-line" disabled={busy || last} title={last ? "A recurring order needs at least one line: end it instead" : undefined} onClick={onRemove}>
            Remove
          </button>
        </td>
      )}
    </tr>
  )
}

function RunHistory({ runs }: { runs: RecurringRunView[] }) {
  return (
    <section className="card stack">
      <h2>Run history</h2>
      {runs.length === 0 ? (
        <p className="muted" data-testid="runs-empty">No runs yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="compact" data-testid="schedule-runs">
            <thead>
              <tr>
                <th>Date</th>
                <th>Status</th>
                <th>Order</th>
                <th>PO number</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} data-testid="schedule-run" data-date={run.due_on} data-status={run.status} data-reason-code={run.reason_code ?? undefined}>
                  <td>{formatDay(run.due_on)}</td>
                  <td><StatusBadge status={run.status} testId="run-status" /></td>
                  <td>
                    {run.order_id ? (
                      <Link to={`/orders/${run.order_id}`} data-testid="run-order">#{run.order_display_id ?? "–"}</Link>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>{run.po_number ? <code data-testid="run-po">{run.po_number}</code> : "–"}</td>
                  <td>
                    {run.reason && <div data-testid="run-reason">{run.reason}</div>}
                    {run.skipped_lines.length > 0 && (
                      <ul className="reasons" data-testid="run-skipped-lines">
                        {run.skipped_lines.map((line, i) => (
                          <li key={`${line.variant_id ?? line.sku}:${i}`} data-code={line.code}>
                            {line.product_title ?? line.sku ?? "A line"} {line.sku && <code>{line.sku}</code>}: {line.message ?? line.code.replace(/_/g, " ")}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
