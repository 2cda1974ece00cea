import { Link, useParams } from "react-router"
import { Async, useAsync } from "@storefronts/shared"
import { OrderSummary } from "../components/OrderSummary"
import { usePageTitle } from "../lib/page-title"
import { sdk } from "../sdk"

/** "de" → "Germany", falling back to the code where the browser lacks region names. */
function countryName(code: string | null | undefined): string {
  if (!code) return ""
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

export function OrderConfirmedPage() {
  usePageTitle("Order confirmed")
  const { id = "" } = useParams()
  const order = useAsync(async () => (await sdk.store.order.retrieve(id)).order, [id])

  return (
    <Async state={order}>
      {(placed) => (
        <div className="stack confirmation">
          <section className="card confirmation-hero stack">
            <span className="confirmation-check" aria-hidden>✓</span>
            <h1>Thank you for your order</h1>
            <p>
              Order number <strong>#<span data-testid="order-number">{placed.display_id}</span></strong>
            </p>
            {placed.email && <p className="muted">A confirmation will be sent to {placed.email}.</p>}
          </section>
          <div className="confirmation-details">
            <OrderSummary source={placed} heading="Your order" shippingPending="—" />
            {placed.shipping_address && (
              <section className="card stack">
                <h2>Shipping to</h2>
                <address>
                  {placed.shipping_address.first_name} {placed.shipping_address.last_name}
                  <br />
                  {placed.shipping_address.address_1}
                  <br />
                  {placed.shipping_address.postal_code} {placed.shipping_address.city}
                  <br />
                  {countryName(placed.shipping_address.country_code)}
                </address>
              </section>
            )}
          </div>
          <div className="row">
            <Link to="/products" className="button">Continue shopping</Link>
            <Link to="/account" className="button secondary">My account</Link>
          </div>
        </div>
      )}
    </Async>
  )
}
