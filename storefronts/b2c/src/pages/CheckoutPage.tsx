import { Link } from "react-router"
import { Loading } from "@storefronts/shared"
import { useCustomer } from "../account/customer-context"
import { useCart } from "../cart/cart-context"
import { CheckoutSteps } from "../components/checkout/CheckoutSteps"
import { OrderSummary } from "../components/OrderSummary"
import { usePageTitle } from "../lib/page-title"

export function CheckoutPage() {
  usePageTitle("Checkout")
  const { cart, restoring, replaceCart } = useCart()
  const { customer, checking } = useCustomer()

  // Wait for both so the form starts prefilled with the customer's details.
  if (restoring || checking) return <Loading label="Preparing checkout…" />
  if (!cart || !cart.items?.length) {
    return (
      <div className="empty-state card" data-testid="checkout-empty">
        <h1>Your cart is empty</h1>
        <p className="muted">Add something to your cart before checking out.</p>
        <Link to="/products" className="button">Go to the shop</Link>
      </div>
    )
  }

  return (
    <div className="stack">
      <h1>Checkout</h1>
      {customer ? (
        <p className="muted">Signed in as {customer.email}.</p>
      ) : (
        <p className="muted">Checking out as a guest. <Link to="/account">Sign in</Link> to see this order in your account later.</p>
      )}
      <div className="checkout-layout">
        {/* A new region means other countries and shipping options: start the steps afresh. */}
        <CheckoutSteps key={cart.region_id} cart={cart} customer={customer} onCartChange={replaceCart} />
        <aside className="checkout-summary">
          <OrderSummary source={cart} shippingPending="Choose a delivery method" />
        </aside>
      </div>
    </div>
  )
}
