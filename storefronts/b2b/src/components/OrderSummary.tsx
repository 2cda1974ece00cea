import { formatMoney, PriceTaxNote, taxTotalLine } from "@storefronts/shared"
import { formatDeliveryDate, windowText } from "../lib/delivery"
import { formatDateTime } from "../lib/format"
import type { StoreBusinessOrder } from "../../../../src/lib/orders/contract"
import { Order } from "../types"
import { StatusBadge } from "./StatusBadge"

const PROVIDER_NAMES: Record<string, string> = {
  "pp_net-terms_net-terms": "Net terms (invoice)",
  pp_system_default: "Paid now",
}

/**
 * An order as a document: number, lines, totals, delivery and the buyer's references. The
 * references come from the portal's order route (`details`); null when the caller's role does
 * not show orders.
 */
export function OrderSummary({ order, details }: { order: Order; details: StoreBusinessOrder | null }) {
  const currency = order.currency_code
  const address = order.shipping_address
  const provider = order.payment_collections?.[0]?.payments?.[0]?.provider_id ?? order.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id
  return (
    <div className="order-layout">
      <section className="card stack">
        <div className="row spread">
          <h2>Order #{order.display_id}</h2>
          <StatusBadge status={order.status} />
        </div>
        <p className="muted">Placed {formatDateTime(order.created_at)} by {order.email}</p>
        <div className="table-wrap">
          <table className="compact">
            <thead>
              <tr>
                <th>Product</th>
                <th className="num">Qty</th>
                <th className="num">Unit price <PriceTaxNote channel="wholesale" currency={currency} /></th>
                <th className="num">Total</th>
              </tr>
            </thead>
            <tbody>
              {order.items?.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.product_title ?? item.title} <code className="muted">{item.variant_sku}</code>
                  </td>
                  <td className="num">{item.quantity}</td>
                  <td className="num">{formatMoney(item.unit_price, currency)}</td>
                  <td className="num">{formatMoney(item.subtotal, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <dl className="totals">
          <div><dt>Items <PriceTaxNote channel="wholesale" currency={currency} /></dt><dd>{formatMoney(order.item_subtotal ?? order.subtotal, currency)}</dd></div>
          <div><dt>Shipping</dt><dd>{formatMoney(order.shipping_subtotal, currency)}</dd></div>
          <div data-testid="tax-total"><dt>{taxTotalLine("wholesale", currency).name}</dt><dd>{formatMoney(order.tax_total, currency)}</dd></div>
          <div className="grand-total"><dt>Total</dt><dd>{formatMoney(order.total, currency)}</dd></div>
        </dl>
      </section>
      <aside className="stack">
        <section className="card stack">
          <h2>Delivery</h2>
          {address ? (
            <address>
              {[address.company, `${address.first_name ?? ""} ${address.last_name ?? ""}`.trim(), address.address_1, `${address.postal_code ?? ""} ${address.city ?? ""}`.trim(), address.country_code?.toUpperCase()]
                .filter(Boolean)
                .map((line, i) => <div key={i}>{line}</div>)}
            </address>
          ) : (
            <p className="muted">No delivery address.</p>
          )}
          {order.shipping_methods?.[0] && <p className="muted">{order.shipping_methods[0].name}</p>}
          {details?.delivery ? (
            <p data-testid="order-requested-delivery">
              Requested delivery: {formatDeliveryDate(details.delivery.requested_date)}
              {details.delivery.window ? `, ${windowText(details.delivery.window)}` : ""}
            </p>
          ) : null}
          {details?.delivery_instructions ? <p data-testid="order-delivery-instructions">Instructions: {details.delivery_instructions}</p> : null}
        </section>
        <section className="card stack">
          <h2>References</h2>
          <dl className="facts">
            {details?.po_number && <div><dt>PO number</dt><dd data-testid="order-po">{details.po_number}</dd></div>}
            <div><dt>Payment</dt><dd>{provider ? PROVIDER_NAMES[provider] ?? provider : "–"}</dd></div>
          </dl>
        </section>
      </aside>
    </div>
  )
}
