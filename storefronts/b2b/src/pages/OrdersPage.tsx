import { useState } from "react"
import { Async, formatMoney, useAsync } from "@storefronts/shared"
import { listUnitOrders } from "../api/units"
import { ClickableRow, RowLink } from "../components/ClickableRow"
import { EmptyState } from "../components/EmptyState"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { StatusBadge } from "../components/StatusBadge"
import { formatDate } from "../lib/format"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"
import { Pager } from "../components/Pager"
import { ReorderRowButton } from "../components/ReorderButton"

const PAGE_SIZE = 20

export function OrdersPage() {
  usePageTitle("Orders")
  return (
    <Permitted anyOf={["orders.view_own", "orders.view_others"]}>
      <OrderList />
    </Permitted>
  )
}

function OrderList() {
  const { activeUnit, customer, can, unitHeaders } = useUnitSession()
  const seesOthers = can("orders.view_others")
  const [placedBy, setPlacedBy] = useState<"me" | "anyone">(seesOthers ? "anyone" : "me")
  const [offset, setOffset] = useState(0)
  const orders = useAsync(
    () => listUnitOrders(activeUnit.id, placedBy, { limit: PAGE_SIZE, offset }, unitHeaders()),
    [activeUnit.id, placedBy, offset, unitHeaders]
  )

  function choose(next: "me" | "anyone") {
    setPlacedBy(next)
    setOffset(0)
  }

  return (
    <div className="stack">
      <PageHeader
        title="Orders"
        subtitle={`Orders of ${activeUnit.name}`}
        actions={
          seesOthers && (
            <div className="segmented" role="group" aria-label="Whose orders">
              <button className={placedBy === "me" ? "active" : "secondary"} data-testid="orders-mine" aria-pressed={placedBy === "me"} onClick={() => choose("me")}>Mine</button>
              <button className={placedBy === "anyone" ? "active" : "secondary"} data-testid="orders-everyone" aria-pressed={placedBy === "anyone"} onClick={() => choose("anyone")}>Everyone</button>
            </div>
          )
        }
      />
      <Async state={orders}>
        {({ orders: list, count }) =>
          list.length === 0 ? (
            <EmptyState title="No orders yet">
              <p className="muted">Orders placed for {activeUnit.name} will be listed here.</p>
            </EmptyState>
          ) : (
            <>
              <div className="table-wrap">
                <table className="clickable">
                  <thead>
                    <tr>
                      <th>Order</th>
                      <th>Date</th>
                      <th>Status</th>
                      <th className="num">Total</th>
                      <th>Placed by</th>
                      <th aria-label="Order again" />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((order) => (
                      <ClickableRow key={order.id} to={`/orders/${order.id}`} data-testid="order-row">
                        <td><RowLink to={`/orders/${order.id}`}>#{order.display_id}</RowLink></td>
                        <td>{formatDate(order.created_at)}</td>
                        <td><StatusBadge status={order.status} /></td>
                        <td className="num">{formatMoney(order.total, order.currency_code)}</td>
                        <td>{order.customer_id === customer.id ? "You" : order.email ?? "–"}</td>
                        <td><ReorderRowButton orderId={order.id} /></td>
                      </ClickableRow>
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
