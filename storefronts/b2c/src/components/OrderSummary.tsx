import { formatMoney } from "@storefronts/shared"
import { OrderTotals, Totals } from "./OrderTotals"
import { ProductImage } from "./ProductImage"

type SummaryLine = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
}

/** Lines and totals of a cart (at checkout) or of an order (on confirmation). */
export function OrderSummary({
  source,
  heading = "Order summary",
  shippingPending = "Chosen at checkout",
}: {
  source: Totals & { items?: SummaryLine[] | null }
  heading?: string
  shippingPending?: string
}) {
  return (
    <section className="card stack order-summary" aria-label={heading}>
      <h2>{heading}</h2>
      <ul className="summary-lines">
        {(source.items ?? []).map((item) => (
          <li key={item.id} className="summary-line" data-testid="summary-line">
            <ProductImage src={item.thumbnail} alt={item.product_title ?? item.title} className="summary-line-image" />
            <div className="summary-line-info">
              <span>{item.product_title ?? item.title}</span>
              <span className="muted">
                {item.variant_title ? `${item.variant_title} · ` : ""}Qty {item.quantity}
              </span>
            </div>
            <span>{formatMoney(item.unit_price * item.quantity, source.currency_code)}</span>
          </li>
        ))}
      </ul>
      <OrderTotals totals={source} shippingPending={shippingPending} />
    </section>
  )
}
