import { Badge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { RecurringOrderView, RecurringRunView } from "../../../lib/recurring-orders/contract"
import { useExpandedRows } from "../../hooks/use-expanded-rows"
import { useUnitRecurringOrders } from "../../hooks/use-recurring-orders"
import { formatCalendarDate, humanize } from "../../lib/format"
import { frequencyLabel, recurringOrderStatusColor, recurringRunStatusColor } from "../../lib/labels"
import { DetailTable } from "../common/detail-table"
import { ExpandableRow, ExpandableTable } from "../common/expandable-table"
import { OwnerLink } from "../common/owner-link"
import { QueryStates } from "../common/page-states"
import { Section } from "../common/section"

const COLUMNS = 7

/** The unit's recurring orders (schedules kept by its associates in the B2B portal), read-only; a row opens its lines and runs. */
export function RecurringOrdersSection({ unitId }: { unitId: string }) {
  const query = useUnitRecurringOrders(unitId)
  const { isExpanded, toggle } = useExpandedRows()

  return (
    <Section
      title="Recurring orders"
      description="Scheduled by the unit's associates in the B2B portal (read-only here). Dates are days in UTC."
      data-testid="unit-recurring-orders-section"
    >
      <QueryStates
        query={query}
        loading={{ label: "Loading recurring orders…", rows: 2 }}
        empty={{ title: "No recurring orders", description: "Associates schedule recurring orders in the B2B portal." }}
      >
        {(schedules) => (
          <ExpandableTable
            headers={
              <>
                <Table.HeaderCell>Recurring order</Table.HeaderCell>
                <Table.HeaderCell>Owner</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Frequency</Table.HeaderCell>
                <Table.HeaderCell>Next run</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Lines</Table.HeaderCell>
              </>
            }
          >
            {schedules.map((schedule) => (
              <ExpandableRow
                key={schedule.id}
                expanded={isExpanded(schedule.id)}
                onToggle={() => toggle(schedule.id)}
                toggleLabel={`the lines and runs of ${schedule.name}`}
                toggleTestId="recurring-order-toggle"
                colSpan={COLUMNS}
                detail={
                  <div className="flex flex-col gap-y-4">
                    <ScheduleLines schedule={schedule} />
                    <ScheduleRuns schedule={schedule} />
                  </div>
                }
                data-testid="recurring-order-row"
                data-recurring-order-id={schedule.id}
                data-status={schedule.status}
              >
                <Table.Cell>
                  <Text size="small" weight="plus" className="py-1" data-testid="recurring-order-name">
                    {schedule.name}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <OwnerLink owner={schedule.owner} testId="recurring-order-owner" />
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
              </ExpandableRow>
            ))}
          </ExpandableTable>
        )}
      </QueryStates>
    </Section>
  )
}

function ScheduleLines({ schedule }: { schedule: RecurringOrderView }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Text size="small" weight="plus">
        Lines
      </Text>
      <DetailTable
        rows={schedule.lines}
        columns={[{ label: "Product" }, { label: "SKU" }, { label: "Quantity", align: "right" }]}
        testId="recurring-order-lines"
        emptyText="No lines."
      >
        {(line) => (
          <tr key={line.id} className="border-ui-border-base border-t" data-testid="recurring-order-line">
            <td className="py-1.5 pr-4">
              {line.product_title}
              {line.variant_title && <span className="text-ui-fg-subtle"> · {line.variant_title}</span>}
            </td>
            <td className="py-1.5 pr-4 font-mono">{line.sku ?? "-"}</td>
            <td className="py-1.5 text-right">{line.quantity}</td>
          </tr>
        )}
      </DetailTable>
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
      <DetailTable
        rows={schedule.runs}
        columns={[{ label: "Due" }, { label: "Status" }, { label: "Order" }, { label: "PO number" }, { label: "Details" }]}
        testId="recurring-order-runs"
        emptyText="No runs yet."
      >
        {(run) => (
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
        )}
      </DetailTable>
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
