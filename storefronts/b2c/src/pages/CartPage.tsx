import { Link } from "react-router"
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
