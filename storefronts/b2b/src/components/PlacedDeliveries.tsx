import { Link } from "react-router"
import { formatMoney } from "@storefronts/shared"
import type { PlacedDeliveryView } from "../api/delivery"
import { deliveryAddressLine, formatDeliveryDate, windowText } from "../lib/delivery"

/** What a split checkout became: one order per delivery, each with its date, window and address. */
export function PlacedDeliveries({ deliveries }: { deliveries: PlacedDeliveryView[] }) {
  return (
    <div className="card confirmation stack" data-testid="placed-deliveries">
      <h1>Deliveries placed</h1>
      <p>
        Thank you. Your order is placed as {deliveries.length} deliveries, each its own order. A confirmation of each goes to your email.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Order</th>
              <th>Date</th>
              <th>Window</th>
              <th>Address</th>
              <th className="num">Total</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} data-testid="placed-delivery" data-order-id={d.order_id ?? ""}>
                <td>
                  {d.order_id ? <Link to={`/orders/${d.order_id}`} data-testid="placed-order-number">#{d.display_id ?? "–"}</Link> : "–"}
                </td>
                <td data-testid="placed-date" data-date={d.requested_date}>{formatDeliveryDate(d.requested_date)}</td>
                <td>{windowText(d.window)}</td>
                <td>{deliveryAddressLine(d.address)}</td>
                <td className="num">{d.total == null || !d.currency_code ? "–" : formatMoney(d.total, d.currency_code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row">
        <Link to="/deliveries" className="button secondary" data-testid="to-deliveries">All deliveries</Link>
        <Link to="/orders" className="button secondary">All orders</Link>
        <Link to="/" className="button">Continue ordering</Link>
      </div>
    </div>
  )
}
