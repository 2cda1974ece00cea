import { Link, useParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { OrderSummary } from "../components/OrderSummary"
import { MakeRecurring } from "../components/RecurringOrderForm"
import { ReorderButton } from "../components/ReorderButton"
import { Permitted } from "../components/Permitted"
import { retrieveOrder } from "../lib/orders"
import { usePageTitle } from "../lib/page-title"

export function OrderPage() {
  usePageTitle("Order")
  const { id = "" } = useParams()
  const order = useAsync(() => retrieveOrder(id), [id])
  return (
    <Permitted anyOf={["orders.view_own", "orders.view_others"]}>
      <div className="stack">
        <Link to="/orders" className="muted">← All orders</Link>
        <Async state={order}>
          {(data) => (
            <>
              <OrderSummary order={data} />
              <ReorderButton orderId={data.id} currency={data.currency_code} />
              <MakeRecurring source={{ order_id: data.id }} suggestedName={`Order #${data.display_id} again`} what="this order's lines" />
            </>
          )}
        </Async>
      </div>
    </Permitted>
  )
}
