import { Link, useParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { ApprovalTrail } from "../components/ApprovalTrail"
import { EmptyState } from "../components/EmptyState"
import { OrderInvoiceCard } from "../components/OrderInvoiceCard"
import { OrderSummary } from "../components/OrderSummary"
import { MakeRecurring } from "../components/RecurringOrderForm"
import { ReorderButton } from "../components/ReorderButton"
import { Permitted } from "../components/Permitted"
import { loadOrderPage } from "../lib/orders"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

export function OrderPage() {
  usePageTitle("Order")
  return (
    <Permitted anyOf={["orders.view_own", "orders.view_others"]}>
      <OrderLoader />
    </Permitted>
  )
}

function OrderLoader() {
  const { id = "" } = useParams()
  const { unitHeaders } = useUnitSession()
  const page = useAsync(() => loadOrderPage(id, unitHeaders()), [id, unitHeaders])
  return (
    <div className="stack">
      <Link to="/orders" className="muted">← All orders</Link>
      <Async state={page}>
        {(data) =>
          data ? (
            <>
              <OrderSummary order={data.order} details={data.details} />
              {data.details && (
                <div className="order-layout">
                  <ApprovalTrail approvals={data.details.approvals} />
                  <OrderInvoiceCard state={data.details.invoice} />
                </div>
              )}
              <ReorderButton orderId={data.order.id} currency={data.order.currency_code} />
              <MakeRecurring source={{ order_id: data.order.id }} suggestedName={`Order #${data.order.display_id} again`} what="this order's lines" />
            </>
          ) : (
            <EmptyState title="This order does not exist" testId="order-not-found">
              <p className="muted">It may belong to another business unit, or your role may not show colleagues' orders.</p>
            </EmptyState>
          )
        }
      </Async>
    </div>
  )
}
