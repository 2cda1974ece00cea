import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Badge, Table, Text } from "@medusajs/ui"
import { Fragment, useState } from "react"
import { Link } from "react-router-dom"
import type { RecurringOrderView, RecurringRunView } from "../../../lib/recurring-orders/contract"
import { useUnitRecurringOrders } from "../../hooks/use-recurring-orders"
import { formatCalendarDate, humanize } from "../../lib/format"
import { frequencyLabel, recurringOrderStatusColor, recurringRunStatusColor } from "../../lib/labels"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"

const COLUMNS = 7

/** The unit's recurring orders (schedules kept by its associates in the B2B portal), read-only; a row opens its lines and runs. */
export function RecurringOrdersSection({ unitId }: { unitId: string }) {
  const { data: schedules, isLoading, isError, error, refetch } = useUnitRecurringOrders(unitId)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })

  return (
    <Section
      title="Recurring orders"
      description="Scheduled by the unit's associates in the B2B portal (read-only here). Dates are days in UTC."
      data-testid="unit-recurring-orders-section"
    >
      {isLoading ? (
        <LoadingState label="Loading recurring orders…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !schedules?.length ? (
        <EmptyState title="No recurring orders" description="Associates schedule recurring orders in the B2B portal." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-8" />
              <Table.HeaderCell>Recurring order</Table.HeaderCell>
              <Table.HeaderCell>Owner</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Frequency</Table.HeaderCell>
              <Table.HeaderCell>Next run</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Lines</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {schedules.map((schedule) => {
              const expanded = open.has(schedule.id)
              return (
                <Fragment key={schedule.id}>
                  <Table.Row
                    className="cursor-pointer"
                    onClick={() => toggle(schedule.id)}
                    data-testid="recurring-order-row"
                    data-recurring-order-id={schedule.id}
                    data-status={schedule.status}
                    data-expanded={expanded ? "true" : "false"}
                  >
                    <Table.Cell>
                      <button
                        type="button"
                        className="text-ui-fg-muted flex items-center"
                        aria-expanded={expanded}
                        aria-label={`${expanded ? "Hide" : "Show"} the lines and runs of ${schedule.name}`}
                        onClick={(event) => {
                          event.stopPropagation()
                          toggle(schedule.id)
                        }}
                        data-testid="recurring-order-toggle"
                      >
                        {expanded ? <TriangleDownMini /> : <TriangleRightMini />}
                      </button>
                    </Table.Cell>
                    <Table.Cell>
                      <Text size="small" weight="plus" className="py-1" data-testid="recurring-order-name">
                        {schedule.name}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <Link
                        to={`/customers/${schedule.owner.customer_id}`}
                        className="text-ui-fg-interactive hover:underline"
                        onClick={(event) => event.stopPropagation()}
                        data-testid="recurring-order-owner"
                      >
                        {schedule.owner.name || schedule.owner.email || schedule.owner.customer_id}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={recurringOrderStatusColor[schedule.status] ?? "grey"} data-testid="recurring-order-status">
                        {humanize(schedule.status)}
                      </Badge>
                    </Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-1">
                        <span data-testid="recurring-order-frequency">{frequencyLabel(schedule.frequency)}</span>
                        {schedule.end_on && (
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            until {formatCalendarDate(schedule.end_on)}
                          </Text>
                        )}
                      </div>
                    </Table.Cell>
                    {/* A paused schedule's next date is worked out again when it resumes; an ended one has none. */}
                    <Table.Cell data-testid="recurring-order-next-run">
                      {schedule.status === "active" ? formatCalendarDate(schedule.next_run_on) : "-"}
                    </Table.Cell>
                    <Table.Cell className="text-right" data-testid="recurring-order-line-count">
                      {schedule.line_count}
                    </Table.Cell>
                  </Table.Row>
                  {expanded && (
                    <Table.Row className="hover:bg-transparent">
                      {/* Table.Cell does not type colSpan: a plain cell spans the row. */}
                      <td colSpan={COLUMNS} className="bg-ui-bg-subtle px-6 py-3">
                        <div className="flex flex-col gap-y-4">
                          <ScheduleLines schedule={schedule} />
                          <ScheduleRuns schedule={schedule} />
                        </div>
                      </td>
                    </Table.Row>
                  )}
                </Fragment>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}

function ScheduleLines({ schedule }: { schedule: RecurringOrderView }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">
        Lines
      </Text>
      {!schedule.lines.length ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="recurring-order-lines">
          No lines.
        </Text>
      ) : (
        <table className="w-full txt-compact-small" data-testid="recurring-order-lines">
          <thead>
            <tr className="text-ui-fg-subtle text-left">
              <th className="py-1 pr-4 font-medium">Product</th>
              <th className="py-1 pr-4 font-medium">SKU</th>
              <th className="py-1 text-right font-medium">Quantity</th>
            </tr>
          </thead>
          <tbody>
            {schedule.lines.map((line) => (
              <tr key={line.id} className="border-ui-border-base border-t" data-testid="recurring-order-line">
                <td className="py-1.5 pr-4">
                  {line.product_title}
                  {line.variant_title && <span className="text-ui-fg-subtle"> · {line.variant_title}</span>}
                </td>
                <td className="py-1.5 pr-4 font-mono">{line.sku ?? "-"}</td>
                <td className="py-1.5 text-right">{line.quantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function ScheduleRuns({ schedule }: { schedule: RecurringOrderView }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">
        Runs
      </Text>
      {schedule.upcoming.length > 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="recurring-order-upcoming">
          Next: {schedule.upcoming.map(formatCalendarDate).join("; ")}
        </Text>
      )}
      {!schedule.runs.length ? (
        <Text size="small" className="text-ui-fg-subtle" data-testid="recurring-order-runs">
          No runs yet.
        </Text>
      ) : (
        <table className="w-full txt-compact-small" data-testid="recurring-order-runs">
          <thead>
            <tr className="text-ui-fg-subtle text-left">
              <th className="py-1 pr-4 font-medium">Due</th>
              <th className="py-1 pr-4 font-medium">Status</th>
              <th className="py-1 pr-4 font-medium">Order</th>
              <th className="py-1 pr-4 font-medium">PO number</th>
              <th className="py-1 font-medium">Details</th>
            </tr>
          </thead>
          <tbody>
            {schedule.runs.map((run) => (
              <tr key={run.id} className="border-ui-border-base border-t align-top" data-testid="recurring-run" data-status={run.status}>
                <td className="whitespace-nowrap py-1.5 pr-4">{formatCalendarDate(run.due_on)}</td>
                <td className="py-1.5 pr-4">
                  <Badge size="2xsmall" color={recurringRunStatusColor[run.status] ?? "grey"} data-testid="recurring-run-status">
                    {humanize(run.status)}
                  </Badge>
                </td>
                <td className="py-1.5 pr-4">
                  {run.order_id ? (
                    <Link to={`/orders/${run.order_id}`} className="text-ui-fg-interactive hover:underline" data-testid="recurring-run-order">
                      {run.order_display_id !== null ? `#${run.order_display_id}` : run.order_id}
                    </Link>
                  ) : (
                    "-"
                  )}
                </td>
                <td className="py-1.5 pr-4 font-mono">{run.po_number ?? "-"}</td>
                <td className="py-1.5">
                  <RunDetails run={run} unitId={schedule.business_unit_id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** Why a run failed, waits or was skipped, and the lines left out of it. */
function RunDetails({ run, unitId }: { run: RecurringRunView; unitId: string }) {
  const reason = run.reason || (run.reason_code ? humanize(run.reason_code) : null)
  const hasDetails = reason || run.skipped_lines.length || (run.status === "awaiting_approval" && run.approval_flow_id)
  if (!hasDetails) return <>-</>
  return (
    <div className="flex flex-col gap-y-1">
      {reason && (
        <span className={run.status === "failed" ? "text-ui-fg-error" : "text-ui-fg-subtle"} data-testid="recurring-run-reason">
          {reason}
        </span>
      )}
      {run.status === "awaiting_approval" && run.approval_flow_id && (
        <Link to={`/approvals?unit=${unitId}`} className="text-ui-fg-interactive hover:underline" data-testid="recurring-run-approval">
          See the unit's approvals
        </Link>
      )}
      {run.skipped_lines.length > 0 && (
        <ul className="text-ui-fg-subtle flex flex-col" data-testid="recurring-run-skipped-lines">
          {run.skipped_lines.map((line, index) => (
            <li key={`${line.variant_id ?? line.sku ?? "line"}-${index}`} data-testid="recurring-run-skipped-line">
              Left out: {line.product_title ?? line.sku ?? line.variant_id ?? "a line"}
              {line.sku && line.product_title ? ` (${line.sku})` : ""} · {line.message || humanize(line.code)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
