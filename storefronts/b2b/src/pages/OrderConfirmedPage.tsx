import { Link, useLocation, useParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { OrderSummary } from "../components/OrderSummary"
import { retrieveOrder } from "../lib/orders"
import { usePageTitle } from "../lib/page-title"

export function OrderConfirmedPage() {
  usePageTitle("Order placed")
  const { id = "" } = useParams()
  const order = useAsync(() => retrieveOrder(id), [id])
  // Checkout passes the PO number along: the store API does not return an order's metadata.
  const state = useLocation().state as { poNumber?: string | null } | null
  const poNumber = state?.poNumber || null
  return (
    <div className="stack">
      <Async state={order}>
        {(data) => (
          <>
            <div className="card confirmation" data-testid="order-confirmed">
              <h1>Order placed</h1>
              <p>
                Thank you. Your order number is <strong>#<span data-testid="order-number">{data.display_id}</span></strong>
                {poNumber ? <> (PO <span data-testid="order-po-number">{poNumber}</span>)</> : null}. A confirmation goes to {data.email}.
              </p>
              <div className="row">
                <Link to="/orders" className="button secondary">All orders</Link>
                <Link to="/" className="button">Continue ordering</Link>
              </div>
            </div>
            <OrderSummary order={data} poNumber={poNumber} />
          </>
        )}
      </Async>
    </div>
  )
}
