import { Link } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { listRecurringOrders } from "../api/recurring-orders"
import { ClickableRow, RowLink } from "../components/ClickableRow"
import { EmptyState } from "../components/EmptyState"
import { ListOwner } from "../components/ListOwner"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { StatusBadge } from "../components/StatusBadge"
import { usePageTitle } from "../lib/page-title"
import { describeFrequency, formatDay } from "../lib/schedules"
import { useUnitSession } from "../session/session-context"

export function SchedulesPage() {
  usePageTitle("Schedules")
  return (
    <Permitted anyOf={["recurring_orders.view"]}>
      <Schedules />
    </Permitted>
  )
}

/** The unit's recurring orders, everyone's: what runs when, and how the last run went. */
function Schedules() {
  const { activeUnit, unitHeaders, can } = useUnitSession()
  const schedules = useAsync(() => listRecurringOrders(activeUnit.id, unitHeaders()), [activeUnit.id, unitHeaders])
  const canCreate = can("recurring_orders.manage_own")

  return (
    <div className="stack">
      <PageHeader title="Schedules" subtitle={`Recurring orders of ${activeUnit.name}: placed on their dates with the unit's prices, budgets and approvals.`} />
      <Async state={schedules}>
        {(found) =>
          found.length === 0 ? (
            <EmptyState title="No recurring orders yet" testId="schedules-empty">
              <p className="muted">
                {canCreate
                  ? "Open your cart, a past order or a shopping list and choose “Make this recurring”."
                  : "Recurring orders your colleagues set up for this unit will show up here."}
              </p>
              {canCreate && <Link to="/cart" className="button">Go to the cart</Link>}
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="clickable" data-testid="schedules-table">
                <thead>
                  <tr>
                    <th>Recurring order</th>
                    <th>Owner</th>
                    <th>Status</th>
                    <th>Frequency</th>
                    <th>Next run</th>
                    <th>Last run</th>
                  </tr>
                </thead>
                <tbody>
                  {found.map((schedule) => (
                    <ClickableRow key={schedule.id} to={`/schedules/${schedule.id}`} data-testid="schedule-row" data-schedule-id={schedule.id}>
                      <td>
                        <RowLink to={`/schedules/${schedule.id}`} data-testid="schedule-link">{schedule.name}</RowLink>
                        <div className="muted small-print">{schedule.line_count} line{schedule.line_count === 1 ? "" : "s"}</div>
                      </td>
                      <td><ListOwner owner={schedule.owner} /></td>
                      <td><StatusBadge status={schedule.status} testId="schedule-status" /></td>
                      <td data-testid="schedule-frequency">{describeFrequency(schedule.frequency)}</td>
                      <td data-testid="schedule-next" data-date={schedule.next_run_on ?? ""}>{formatDay(schedule.next_run_on)}</td>
                      <td>
                        {schedule.last_run ? (
                          <span className="row-inline">
                            <StatusBadge status={schedule.last_run.status} testId="schedule-last-run" />{" "}
                            <span className="muted small-print">{formatDay(schedule.last_run.due_on)}</span>
                          </span>
                        ) : (
                          <span className="muted">Not run yet</span>
                        )}
                      </td>
                    </ClickableRow>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </div>
  )
}
