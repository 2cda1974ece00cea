import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteDeliveryCalendar, useDeliveryCalendars, useShippingOptions } from "../../hooks/use-deliveries"
import { weekdaysLabel } from "../../lib/delivery"
import { formatCalendarDate } from "../../lib/format"
import type { DeliveryCalendarView } from "../../../lib/delivery/contract"
import { DataTable } from "../common/data-table"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { RowActions } from "../common/row-actions"
import { Section } from "../common/section"
import { useConfirmedAction } from "../common/use-confirmed-action"
import { CalendarFormDrawer, type CalendarTarget } from "./calendar-form-drawer"

const COLUMNS = [
  { label: "Name" },
  { label: "Shipping option" },
  { label: "Delivery days" },
  { label: "Cut-off" },
  { label: "Lead days", align: "right" as const },
  { label: "Closed dates" },
  { label: "" },
]

/** The merchant's delivery calendars: the default one and one per shipping option that has its own. */
export function DeliveryCalendarsSection() {
  const { data: calendars, isLoading, isError, error, refetch } = useDeliveryCalendars()
  const shippingOptions = useShippingOptions()
  const [target, setTarget] = useState<CalendarTarget | null>(null)
  const remove = useDeleteDeliveryCalendar()
  const optionName = (id: string | null) =>
    id === null ? "Default (all other options)" : shippingOptions.data?.find((o) => o.id === id)?.name ?? id
  const confirmRemove = useConfirmedAction(
    (calendar: DeliveryCalendarView, callbacks) => remove.mutate(calendar.id, callbacks),
    (calendar) => ({
      title: "Delete delivery calendar?",
      description:
        calendar.shipping_option_id === null
          ? `${calendar.name} is the default calendar: shipping options without their own calendar lose their delivery days.`
          : `Carts shipping with ${optionName(calendar.shipping_option_id)} will use the default calendar.`,
      confirmText: "Delete",
      done: `${calendar.name} deleted`,
    })
  )

  return (
    <Section
      title="Delivery calendars"
      description="Delivery days, order cut-off, lead time and closed dates, per shipping option."
      actions={
        <Button size="small" variant="secondary" onClick={() => setTarget("new")} disabled={!calendars || shippingOptions.isLoading} data-testid="create-delivery-calendar">
          Create
        </Button>
      }
      data-testid="delivery-calendars"
    >
      {isLoading ? (
        <LoadingState label="Loading delivery calendars…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !calendars?.length ? (
        <EmptyState title="No delivery calendars" description="Without one, carts cannot request a delivery date." />
      ) : (
        <DataTable columns={COLUMNS} rows={calendars}>
          {(calendar) => (
            <Table.Row key={calendar.id} data-testid="delivery-calendar-row" data-calendar-id={calendar.id}>
              <Table.Cell>{calendar.name}</Table.Cell>
              <Table.Cell>{optionName(calendar.shipping_option_id)}</Table.Cell>
              <Table.Cell data-testid="delivery-calendar-weekdays">{weekdaysLabel(calendar.delivery_weekdays)}</Table.Cell>
              <Table.Cell>
                {calendar.cutoff_time}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {calendar.time_zone}
                </Text>
              </Table.Cell>
              <Table.Cell className="text-right">{calendar.lead_days}</Table.Cell>
              <Table.Cell>
                {calendar.closed_dates.length === 0
                  ? "None"
                  : calendar.closed_dates
                      .map((c) => c.date)
                      .sort()
                      .slice(0, 3)
                      .map(formatCalendarDate)
                      .join("; ") + (calendar.closed_dates.length > 3 ? ` and ${calendar.closed_dates.length - 3} more` : "")}
              </Table.Cell>
              <Table.Cell>
                <RowActions
                  edit={{ label: "Edit", onClick: () => setTarget(calendar), testId: "edit-delivery-calendar" }}
                  remove={{ label: "Delete", onClick: () => confirmRemove(calendar), testId: "delete-delivery-calendar" }}
                />
              </Table.Cell>
            </Table.Row>
          )}
        </DataTable>
      )}
      {shippingOptions.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-3">
          Shipping options could not be loaded: calendars show their ids.
        </Text>
      )}
      <CalendarFormDrawer target={target} calendars={calendars ?? []} shippingOptions={shippingOptions.data ?? []} onClose={() => setTarget(null)} />
    </Section>
  )
}
