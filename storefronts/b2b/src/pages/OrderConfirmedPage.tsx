import { Link, useParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { EmptyState } from "../components/EmptyState"
import { OrderSummary } from "../components/OrderSummary"
import { loadOrderPage } from "../lib/orders"
import { usePageTitle } from "../lib/page-title"
import { useUnitSession } from "../session/session-context"

export function OrderConfirmedPage() {
  usePageTitle("Order placed")
  const { id = "" } = useParams()
  const { unitHeaders } = useUnitSession()
  const page = useAsync(() => loadOrderPage(id, unitHeaders()), [id, unitHeaders])
  return (
    <div className="stack">
      <Async state={page}>
        {(data) => {
          if (!data) return <EmptyState title="This order does not exist" testId="order-not-found" />
          const { order, details } = data
          return (
            <>
              <div className="card confirmation" data-testid="order-confirmed">
                <h1>Order placed</h1>
                <p>
                  Thank you. Your order number is <strong>#<span data-testid="order-number">{order.display_id}</span></strong>
                  {details?.po_number ? <> (PO <span data-testid="order-po-number">{details.po_number}</span>)</> : null}. A confirmation goes to {order.email}.
                </p>
                <div className="row">
                  <Link to={`/orders/${order.id}`} className="button secondary">View order</Link>
                  <Link to="/orders" className="button secondary">All orders</Link>
                  <Link to="/" className="button">Continue ordering</Link>
                </div>
              </div>
              <OrderSummary order={order} details={details} />
            </>
          )
        }}
      </Async>
    </div>
  )
}
