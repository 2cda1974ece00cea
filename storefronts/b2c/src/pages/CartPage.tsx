import { Link, useLocation } from "react-router"
import type { BulkAddResult } from "../../../../src/lib/bulk-order/contract"
import { Loading } from "@storefronts/shared"
import { useCart } from "../cart/cart-context"
import { CartLine } from "../components/CartLine"
import { OrderTotals } from "../components/OrderTotals"
import { usePageTitle } from "../lib/page-title"
import { CartLineItem } from "../types"

/** Oldest first, so lines do not jump around when a quantity changes. */
function byCreation(a: CartLineItem, b: CartLineItem) {
  return String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))
}

export function CartPage() {
  usePageTitle("Cart")
  const { cart, restoring, itemCount } = useCart()
  const reorder = (useLocation().state as { reorder?: BulkAddResult } | null)?.reorder

  if (restoring) return <Loading label="Loading your cart…" />
  if (!cart || !cart.items?.length) {
    return (
      <div className="empty-state card" data-testid="cart-empty">
        <h1>Your cart is empty</h1>
        <p className="muted">Find something you like and it will show up here.</p>
        <Link to="/products" className="button">Start shopping</Link>
      </div>
    )
  }

  const items = [...cart.items].sort(byCreation)
  return (
    <div className="stack">
      <h1>Your cart <span className="muted heading-note">({itemCount} {itemCount === 1 ? "item" : "items"})</span></h1>
      {reorder && <ReorderNotice report={reorder} />}
      <div className="cart-layout">
        <div className="cart-lines card">
          {items.map((item) => (
            <CartLine key={item.id} item={item} currencyCode={cart.currency_code} />
          ))}
        </div>
        <aside className="card stack cart-summary">
          <h2>Summary</h2>
          <OrderTotals totals={cart} shippingPending="Calculated at checkout" />
          <Link to="/checkout" className="button checkout-button" data-testid="checkout-link">
            Checkout
          </Link>
          <Link to="/products" className="continue-link">← Continue shopping</Link>
        </aside>
      </div>
    </div>
  )
}

/** After "Order again": what was added, and each line that could not be, with the reason. */
function ReorderNotice({ report }: { report: BulkAddResult }) {
  const refused = report.rows.filter((row) => row.status === "refused")
  return (
    <div className="card stack" role="status" data-testid="reorder-notice">
      <p>
        {report.added} {report.added === 1 ? "line" : "lines"} of your past order added to the cart.
        {refused.length > 0 && ` ${refused.length} could not be added:`}
      </p>
      {refused.length > 0 && (
        <ul>
          {refused.map((row) => (
            <li key={row.row} data-testid="reorder-refused" data-code={row.code}>
              {row.product_title ?? row.sku}: {row.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
