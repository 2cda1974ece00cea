import { Badge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useUnitOrders } from "../../hooks/use-orders"
import { formatDate, formatMoney, humanize } from "../../lib/format"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { OffsetPagination } from "../common/pagination"
import { Section } from "../common/section"

const LIMIT = 20

/** Orders placed for the unit itself (a division's orders are on the division's page), a page at a time. */
export function UnitOrdersSection({ unitId }: { unitId: string }) {
  const [offset, setOffset] = useState(0)
  const { data, isLoading, isError, error, refetch } = useUnitOrders(unitId, { limit: LIMIT, offset })
  const navigate = useNavigate()
  return (
    <Section title="Orders" description="Orders placed for this unit, newest first." data-testid="unit-orders-section">
      {isLoading ? (
        <LoadingState label="Loading orders…" rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !data?.orders.length ? (
        <EmptyState title="No orders" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Placed by</Table.HeaderCell>
              <Table.HeaderCell>PO number</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Payment</Table.HeaderCell>
              <Table.HeaderCell>Fulfillment</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.orders.map((order) => (
              <Table.Row
                key={order.id}
                className="cursor-pointer"
                onClick={() => navigate(`/orders/${order.id}`)}
                data-testid="unit-order-row"
              >
                <Table.Cell>
                  <Text size="small" weight="plus">
                    #{order.display_id}
                  </Text>
                </Table.Cell>
                <Table.Cell>{formatDate(order.created_at)}</Table.Cell>
                <Table.Cell>{order.email ?? "-"}</Table.Cell>
                <Table.Cell>{order.po_number ?? "-"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{humanize(order.status)}</Badge>
                </Table.Cell>
                <Table.Cell>{humanize(order.payment_status)}</Table.Cell>
                <Table.Cell>{humanize(order.fulfillment_status)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(order.total, order.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!!data?.orders.length && <OffsetPagination count={data.count} limit={LIMIT} offset={offset} onChange={setOffset} />}
    </Section>
  )
}
