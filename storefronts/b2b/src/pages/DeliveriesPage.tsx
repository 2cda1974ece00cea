import { useState } from "react"
import { Link } from "react-router"
import { Async, formatMoney, useAsync } from "@storefronts/shared"
import { listDeliveries } from "../api/delivery"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { Pager } from "../components/Pager"
import { Permitted } from "../components/Permitted"
import { StatusBadge } from "../components/StatusBadge"
import { deliveryAddressLine, formatDeliveryDate, windowText } from "../lib/delivery"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

const PAGE_SIZE = 20

export function DeliveriesPage() {
  usePageTitle("Deliveries")
  return (
    <Permitted anyOf={["orders.view_own", "orders.view_others"]}>
      <DeliveryList />
    </Permitted>
  )
}

function DeliveryList() {
  const { activeUnit, unitHeaders } = useUnitSession()
  const [offset, setOffset] = useState(0)
  const deliveries = useAsync(() => listDeliveries({ limit: PAGE_SIZE, offset }, unitHeaders()), [activeUnit.id, offset, unitHeaders])
  return (
    <div className="stack">
      <PageHeader title="Deliveries" subtitle={`Deliveries of ${activeUnit.name}, latest requested date first`} />
      <Async state={deliveries}>
        {({ deliveries: list, count }) =>
          list.length === 0 ? (
            <EmptyState title="No deliveries yet" testId="deliveries-empty">
              <p className="muted">Orders placed with a requested delivery date are listed here, one row per delivery.</p>
            </EmptyState>
          ) : (
            <>
              <div className="table-wrap">
                <table data-testid="deliveries-table">
                  <thead>
                    <tr>
                      <th>Date</th>
                      <th>Window</th>
                      <th>Address</th>
                      <th>Order</th>
                      <th>Status</th>
                      <th>Tracking</th>
                      <th className="num">Total</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((delivery) => (
                      <tr key={delivery.id} data-testid="delivery-row" data-delivery-id={delivery.id} data-order-id={delivery.order_id ?? ""}>
                        <td data-testid="delivery-date" data-date={delivery.requested_date}>{formatDeliveryDate(delivery.requested_date)}</td>
                        <td>{windowText(delivery.window)}</td>
                        <td data-testid="delivery-address">{deliveryAddressLine(delivery.address)}</td>
                        <td>
                          {delivery.order_id ? (
                            <Link to={`/orders/${delivery.order_id}`} data-testid="delivery-order">#{delivery.display_id ?? "–"}</Link>
                          ) : (
                            "–"
                          )}
                          {delivery.po_number && <div className="muted small-print">PO {delivery.po_number}</div>}
                        </td>
                        <td>
                          <div className="chips">
                            {delivery.status && <StatusBadge status={delivery.status} testId="delivery-status" />}
                            {delivery.fulfillment_status && <StatusBadge status={delivery.fulfillment_status} testId="delivery-fulfillment" />}
                          </div>
                        </td>
                        <td data-testid="delivery-tracking">
                          {delivery.tracking_numbers.length ? delivery.tracking_numbers.map((number) => <code key={number}>{number} </code>) : <span className="muted">–</span>}
                        </td>
                        <td className="num">{delivery.total == null || !delivery.currency_code ? "–" : formatMoney(delivery.total, delivery.currency_code)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager count={count} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />
            </>
          )
        }
      </Async>
    </div>
  )
}
