import { Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDeliveryCalendars, usePickList } from "../../hooks/use-deliveries"
import { addCalendarDays, todayIn } from "../../lib/delivery"
import { formatCalendarDate } from "../../lib/format"
import type { PickListStop } from "../../../lib/delivery/contract"
import { DetailTable } from "../common/detail-table"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"
import { PickListAddressStop } from "./pick-list-stop"

/** The day's stops by address, in the backend's order (it answers them sorted by address). */
function byAddress(stops: PickListStop[]): PickListStop[][] {
  const groups = new Map<string, PickListStop[]>()
  for (const stop of stops) {
    const key = `${stop.business_unit_id}:${stop.address.address_id}`
    groups.set(key, [...(groups.get(key) ?? []), stop])
  }
  return [...groups.values()]
}

/**
 * What leaves the warehouse on a day: placed deliveries due that date, grouped by address, and
 * the day's totals per SKU. Defaults to tomorrow in the default calendar's time zone (the zone
 * requested dates are read in), or the browser's when there is no calendar.
 */
export function PickListSection() {
  const calendars = useDeliveryCalendars()
  const zone = calendars.data?.find((c) => c.shipping_option_id === null)?.time_zone ?? calendars.data?.[0]?.time_zone
  const [picked, setPicked] = useState<string | null>(null)
  const date = picked ?? addCalendarDays(todayIn(zone), 1)
  // Wait for the calendars (or their failure) so "tomorrow" is the calendar's tomorrow.
  const { data, isLoading, isError, error, refetch } = usePickList(date, { enabled: !calendars.isLoading })
  const groups = byAddress(data?.stops ?? [])

  return (
    <Section
      title="Pick list"
      level="h1"
      description="Placed deliveries due on a day, by address, with the day's totals per SKU."
      actions={
        <div className="flex items-center gap-x-2">
          <label htmlFor="pick-list-date" className="txt-compact-small text-ui-fg-subtle">
            Delivery date
          </label>
          <Input
            id="pick-list-date"
            type="date"
            size="small"
            value={date}
            onChange={(e) => e.target.value && setPicked(e.target.value)}
            data-testid="pick-list-date"
          />
        </div>
      }
      data-testid="pick-list"
    >
      {calendars.isLoading || isLoading ? (
        <LoadingState label="Loading the pick list…" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !groups.length ? (
        <EmptyState title={`No deliveries on ${formatCalendarDate(date)}`} description="Placed orders requested for this date show here." />
      ) : (
        <>
          <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="pick-list-stops">
            <Text size="small" className="text-ui-fg-subtle">
              {formatCalendarDate(data?.date ?? date)}: {groups.length === 1 ? "1 stop" : `${groups.length} stops`}, {data?.stops.length === 1 ? "1 order" : `${data?.stops.length} orders`}
            </Text>
            {groups.map((stops) => (
              <PickListAddressStop key={`${stops[0].business_unit_id}:${stops[0].address.address_id}`} stops={stops} />
            ))}
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="pick-list-totals">
            <Text size="small" weight="plus">
              Totals for the day
            </Text>
            <DetailTable
              rows={data?.totals ?? []}
              testId="pick-list-total-lines"
              emptyText="Nothing to pick"
              columns={[{ label: "SKU" }, { label: "Product" }, { label: "Quantity", align: "right" }]}
            >
              {(line) => (
                <tr key={`${line.variant_id ?? line.title}-${line.sku}`} data-testid="pick-list-total" data-sku={line.sku ?? ""}>
                  <td className="py-1 pr-4 font-mono">{line.sku ?? "-"}</td>
                  <td className="py-1 pr-4">{line.title}</td>
                  <td className="py-1 text-right" data-testid="pick-list-total-quantity">
                    {line.quantity}
                  </td>
                </tr>
              )}
            </DetailTable>
          </div>
        </>
      )}
    </Section>
  )
}
