import { Badge, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useMemo } from "react"
import { useBusinessUnits } from "../../hooks/use-business-units"
import { useUnitOrders } from "../../hooks/use-orders"
import { unitAndDescendants } from "../../lib/unit-tree"
import { formatDate, formatMoney, humanize } from "../../lib/format"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "../common/section"

/** Orders placed in the unit and its divisions (found among the latest orders of the store). */
export function UnitOrdersSection({ unitId }: { unitId: string }) {
  const { data: units } = useBusinessUnits()
  const unitIds = useMemo(() => unitAndDescendants(unitId, units ?? []), [unitId, units])
  const { data, isLoading, isError, error, refetch } = useUnitOrders(unitId, unitIds)
  const navigate = useNavigate()
  const partial = data && data.scanned < data.total
  return (
    <Section
      title="Orders"
      description={partial ? `Among the latest ${data?.scanned} of ${data?.total} orders of the store.` : "Orders placed for this unit and its divisions."}
      data-testid="unit-orders-section"
    >
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
              <Table.HeaderCell>Unit</Table.HeaderCell>
              <Table.HeaderCell>Placed by</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
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
                <Table.Cell>{order.business_unit?.name ?? "-"}</Table.Cell>
                <Table.Cell>{order.email ?? "-"}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{humanize(order.status)}</Badge>
                </Table.Cell>
                <Table.Cell className="text-right">{formatMoney(order.total, order.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}
