import { useState } from "react"
import { useNavigate } from "react-router"
import { ErrorBox, errorMessage, formatMoney } from "@storefronts/shared"
import { useCart } from "../../cart/cart-context"
import { sdk } from "../../sdk"
import { Cart } from "../../types"

/** Medusa's built-in provider: it authorises without card details, which suits a demo shop. */
const PAYMENT_PROVIDER_ID = "pp_system_default"

/** Step 3: how the order is paid, and the button that turns the cart into an order. */
export function PaymentSection({ cart, ready }: { cart: Cart; ready: boolean }) {
  const navigate = useNavigate()
  const { forgetCart } = useCart()
  const [placing, setPlacing] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function placeOrder() {
    setPlacing(true)
    setError(null)
    try {
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: PAYMENT_PROVIDER_ID })
      const result = await sdk.store.cart.complete(cart.id)
      if (result.type === "order") {
        navigate(`/order/confirmed/${result.order.id}`)
        forgetCart()
        return
      }
      setError(result.error?.message ?? "The order could not be placed. Please try again.")
    } catch (err) {
      setError(errorMessage(err))
    }
    setPlacing(false)
  }

  return (
    <section className="card stack checkout-step" aria-labelledby="payment-heading">
      <h2 id="payment-heading"><span className="step-number">3</span> Payment</h2>
      <div className="payment-method">
        <strong>Pay on delivery / demo payment</strong>
        <p className="muted">
          This is a demo shop: no card details are needed and no money is taken. Your order is confirmed straight away.
        </p>
      </div>
      {!ready && <p className="muted">Save your address and choose a delivery method to place your order.</p>}
      <ErrorBox message={error} />
      <button type="button" className="place-order" disabled={!ready || placing} onClick={placeOrder} data-testid="place-order">
        {placing ? "Placing order…" : `Place order · ${formatMoney(cart.total, cart.currency_code)}`}
      </button>
    </section>
  )
}
