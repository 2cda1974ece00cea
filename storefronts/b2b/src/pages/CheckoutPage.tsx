import { FormEvent, useState } from "react"
import { Link, useNavigate } from "react-router"
import { Async, ErrorBox, errorMessage, formatMoney, Loading, useAsync } from "@storefronts/shared"
import { submitForApproval } from "../api/approvals"
import { approvalToRequest, getCheckoutReadiness } from "../api/checkout"
import type { ApprovalFlow as Approval } from "../../../../src/lib/approvals/contract"
import type { PaymentTermsView as PaymentTerms } from "../../../../src/lib/views/contract"
import { CART_QUERY, useCart } from "../cart/cart-context"
import { useCartApproval } from "../cart/use-cart-approval"
import { ApprovalState } from "../components/ApprovalState"
import { CartTotals } from "../components/CartTotals"
import { AddressFields } from "../components/checkout/AddressFields"
import { AddressForm, initialAddress, missingAddressFields, trimmedAddress } from "../components/checkout/address"
import { NET_TERMS_PROVIDER, PAY_NOW_PROVIDER, PaymentChoice } from "../components/checkout/PaymentChoice"
import { ShippingOptions } from "../components/checkout/ShippingOptions"
import { EmptyState } from "../components/EmptyState"
import { OrderDetailsForm } from "../components/OrderDetailsForm"
import { PageHeader } from "../components/PageHeader"
import { Permitted } from "../components/Permitted"
import { usePageTitle } from "../lib/page-title"
import { sdk, views } from "../sdk"
import { useUnitSession } from "../session/session-context"
import { defaultShippingAddress } from "../session/units"
import { Cart, ShippingOption } from "../types"

export function CheckoutPage() {
  usePageTitle("Checkout")
  return (
    <Permitted anyOf={["orders.place_own"]}>
      <Checkout />
    </Permitted>
  )
}

function Checkout() {
  const { cart, restoring } = useCart()
  if (restoring) return <Loading label="Preparing checkout…" />
  if (!cart || !cart.items?.length) {
    return (
      <EmptyState title="Nothing to check out" testId="checkout-empty">
        <p className="muted">Add products to the cart first.</p>
        <Link to="/" className="button">Browse the catalog</Link>
      </EmptyState>
    )
  }
  return <CheckoutLoader cart={cart} />
}

type CheckoutSetup = { countries: { iso_2?: string | null; display_name?: string | null }[]; options: ShippingOption[]; terms: PaymentTerms }

function CheckoutLoader({ cart }: { cart: Cart }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const setup = useAsync<CheckoutSetup>(async () => {
    // One request: the cart view answers delivery options, countries and payment terms together.
    const view = await views.cart(cart.id, unitHeaders())
    // Options without a price in the cart's currency (another region's) cannot be chosen.
    const options = view.shipping_options.filter((o) => (o.calculated_price?.calculated_amount ?? o.amount) != null)
    return { countries: view.countries, options, terms: view.payment_terms ?? { enabled: false } }
    // Loaded once per cart: later cart updates (address, shipping) must not reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cart.id, activeUnit.id])
  const approval = useCartApproval(cart.id)

  return (
    <div className="stack">
      <PageHeader title="Checkout" subtitle={`Ordering for ${activeUnit.name}`} />
      <Async state={setup}>
        {(data) =>
          approval.loading && approval.data === undefined ? (
            <Loading label="Checking approvals…" />
          ) : approval.error ? (
            <ErrorBox message={approval.error} />
          ) : (
            // Keyed by the flow's state: a decision seen on "Check again" starts the form over in that state.
            <CheckoutForm
              key={`${approval.data?.id ?? "none"}:${approval.data?.status ?? ""}`}
              cart={cart}
              setup={data} initialApproval={approval.data ?? null} reloadApproval={approval.reload} />
          )
        }
      </Async>
    </div>
  )
}

/** Whether address, delivery and a session of the chosen provider are already on the cart. */
function isPrepared(cart: Cart, provider: string) {
  const sessions = cart.payment_collection?.payment_sessions ?? []
  return !!cart.shipping_address?.address_1 && !!cart.shipping_methods?.length && sessions.some((s) => s.provider_id === provider)
}

function CheckoutForm({ cart, setup, initialApproval, reloadApproval }: { cart: Cart; setup: CheckoutSetup; initialApproval: Approval | null; reloadApproval: () => void }) {
  const { activeUnit, customer, unitHeaders } = useUnitSession()
  const { replaceCart, refreshCart, forgetCart } = useCart()
  const navigate = useNavigate()
  const [address, setAddress] = useState<AddressForm>(() =>
    initialAddress(cart, defaultShippingAddress(activeUnit), customer, activeUnit.name, setup.countries[0]?.iso_2 ?? "de")
  )
  const [shippingOptionId, setShippingOptionId] = useState(() => {
    const chosen = cart.shipping_methods?.[0]?.shipping_option_id
    return setup.options.find((o) => o.id === chosen)?.id ?? setup.options[0]?.id ?? ""
  })
  const [provider, setProvider] = useState(() => {
    const existing = cart.payment_collection?.payment_sessions?.[0]?.provider_id
    if (existing === PAY_NOW_PROVIDER || (existing === NET_TERMS_PROVIDER && setup.terms.enabled)) return existing
    return setup.terms.enabled ? NET_TERMS_PROVIDER : PAY_NOW_PROVIDER
  })
  const [approval, setApproval] = useState<Approval | null>(initialApproval)
  const [busy, setBusy] = useState<"placing" | "submitting" | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [approvalNeeded, setApprovalNeeded] = useState<string | null>(null)

  const pending = approval?.status === "pending"
  // An approved cart is ordered as it was submitted: only the completion is left to do.
  const onlyCompletion = approval?.status === "approved" && isPrepared(cart, provider)
  const locked = pending || onlyCompletion || busy !== null

  async function prepareCart(): Promise<Cart> {
    const headers = unitHeaders()
    const shippingAddress = { ...trimmedAddress(address) }
    let current = (await sdk.store.cart.update(cart.id, { email: customer.email, shipping_address: shippingAddress, billing_address: shippingAddress }, CART_QUERY, headers)).cart
    replaceCart(current)
    current = (await sdk.store.cart.addShippingMethod(cart.id, { option_id: shippingOptionId }, CART_QUERY, headers)).cart
    replaceCart(current)
    await sdk.store.payment.initiatePaymentSession(current, { provider_id: provider }, {}, headers)
    return current
  }

  async function onPlaceOrder(event: FormEvent) {
    event.preventDefault()
    const missing = missingAddressFields(address)
    if (!onlyCompletion && missing.length) {
      setError(`Please fill in: ${missing.join(", ")}.`)
      return
    }
    if (!onlyCompletion && !shippingOptionId) {
      setError("Choose a delivery method.")
      return
    }
    setBusy("placing")
    setError(null)
    setApprovalNeeded(null)
    try {
      if (!onlyCompletion) await prepareCart()
      const result = await sdk.store.cart.complete(cart.id, {}, unitHeaders())
      if (result.type === "order") {
        forgetCart()
        navigate(`/orders/confirmed/${result.order.id}`)
        return
      }
      setError(result.error?.message ?? "The order could not be placed. Please try again.")
    } catch (err) {
      // Why the order was refused is read as data (refusal codes), never from the error's text.
      const readiness = await getCheckoutReadiness(cart.id, unitHeaders()).catch(() => null)
      const approvalRefusal = readiness && approvalToRequest(readiness)
      if (approvalRefusal) setApprovalNeeded(approvalRefusal.message)
      else setError(errorMessage(err))
    }
    await refreshCart().catch(() => null)
    setBusy(null)
  }

  async function onSubmitForApproval() {
    setBusy("submitting")
    setError(null)
    try {
      const submitted = await submitForApproval(cart.id, unitHeaders())
      setApproval(submitted)
      setApprovalNeeded(null)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  function onRefreshApproval() {
    // The loader above fetches the flow again; this form then starts over with its new state.
    reloadApproval()
  }

  return (
    <form className="checkout-layout" onSubmit={onPlaceOrder}>
      <div className="stack">
        {approval && <ApprovalState approval={approval} onRefresh={onRefreshApproval} />}
        <section className="card stack">
          <h2>1. Delivery address</h2>
          {!cart.shipping_address?.address_1 && defaultShippingAddress(activeUnit) && (
            <p className="muted">Prefilled with {activeUnit.name}'s default delivery address.</p>
          )}
          <AddressFields value={address} countries={setup.countries} disabled={locked} onChange={setAddress} />
          <p className="muted small-print">Order confirmation goes to {customer.email}.</p>
        </section>
        <section className="card stack">
          <h2>2. Delivery method</h2>
          <ShippingOptions options={setup.options} value={shippingOptionId} currency={cart.currency_code} disabled={locked} onChange={setShippingOptionId} />
        </section>
        <section className="card stack">
          <h2>3. Payment</h2>
          <PaymentChoice terms={setup.terms} value={provider} disabled={locked} onChange={setProvider} />
        </section>
        <section className="card stack">
          <h2>Order details</h2>
          <OrderDetailsForm cart={cart} editable={!pending && !onlyCompletion} />
        </section>
      </div>
      <aside className="stack checkout-summary">
        <section className="card stack">
          <h2>Summary</h2>
          <ul className="summary-lines">
            {cart.items?.map((line) => (
              <li key={line.id}>
                <span>
                  {line.quantity} × {line.product_title ?? line.title} <code className="muted">{line.variant_sku}</code>
                </span>
                <span>{formatMoney(line.total, cart.currency_code)}</span>
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} />
          {approvalNeeded && (
            <div className="approval-needed stack" data-testid="approval-needed" role="alert">
              <p className="error">{approvalNeeded}</p>
              <button type="button" data-testid="submit-approval" disabled={busy !== null} onClick={() => void onSubmitForApproval()}>
                {busy === "submitting" ? "Submitting…" : "Submit for approval"}
              </button>
            </div>
          )}
          <ErrorBox message={error} />
          {!pending && !approvalNeeded && (
            <button type="submit" className="block" data-testid="place-order" disabled={busy !== null || !setup.options.length}>
              {busy === "placing" ? "Placing order…" : "Place order"}
            </button>
          )}
          <Link to="/cart" className="muted center">Back to the cart</Link>
        </section>
      </aside>
    </form>
  )
}
