import { useState } from "react"
import { useNavigate } from "react-router"
import { Async, ErrorBox, errorMessage, formatMoney, useAsync } from "@storefronts/shared"
import { useCart } from "../../cart/cart-context"
import { sdk } from "../../sdk"

/** "pending" → "Pending", "requires_action" → "Requires action". */
function readableStatus(status: string): string {
  const words = status.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function OrderHistory({ customerId }: { customerId: string }) {
  const orders = useAsync(async () => (await sdk.store.order.list({ order: "-created_at", limit: 50 })).orders, [customerId])
  const { reorder } = useCart()
  const navigate = useNavigate()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  /** The order's lines go into the cart; the cart page shows what could not be added and why. */
  async function orderAgain(orderId: string) {
    setBusy(orderId)
    setError(null)
    try {
      navigate("/cart", { state: { reorder: await reorder(orderId) } })
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="stack" aria-labelledby="orders-heading">
      <h2 id="orders-heading">Order history</h2>
      <ErrorBox message={error} />
      <Async state={orders}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted card" data-testid="no-orders">You have not placed any orders yet.</p>
          ) : (
            <div className="table-scroll card">
              <table className="orders-table">
                <thead>
                  <tr><th>Order</th><th>Date</th><th>Status</th><th className="numeric">Total</th><th aria-label="Order again" /></tr>
                </thead>
                <tbody>
                  {list.map((order) => (
                    <tr key={order.id} data-testid="order-row">
                      <td>#{order.display_id}</td>
                      <td>{new Date(order.created_at).toLocaleDateString("en-IE", { dateStyle: "medium" })}</td>
                      <td><span className={`status status-${order.status}`}>{readableStatus(order.status)}</span></td>
                      <td className="numeric">{formatMoney(order.total, order.currency_code)}</td>
                      <td>
                        <button type="button" className="secondary small" data-testid={`reorder-${order.id}`} disabled={busy !== null} onClick={() => void orderAgain(order.id)}>
                          {busy === order.id ? "Adding…" : "Order again"}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </section>
  )
}
