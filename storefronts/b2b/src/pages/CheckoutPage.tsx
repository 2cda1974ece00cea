import { FormEvent, useEffect, useState } from "react"
import { Link, useNavigate } from "react-router"
import { Async, ErrorBox, errorMessage, formatMoney, Loading, useAsync } from "@storefronts/shared"
import { submitForApproval } from "../api/approvals"
import { approvalToRequest, getCheckoutReadiness } from "../api/checkout"
import {
  completeDeliveries,
  deleteDeliveryPlan,
  DeliveryPlan,
  DeliveryRefusal,
  DeliveryRequest,
  deliveryRefusalOf,
  getDeliveryPlan,
  PlacedDeliveryView,
  saveDeliveryPlan,
} from "../api/delivery"
import { listUnitAddresses } from "../api/recurring-orders"
import type { UnitAddress } from "../../../../src/lib/business/contract"
import type { ApprovalFlow as Approval } from "../../../../src/lib/approvals/contract"
import type { PaymentTermsView as PaymentTerms } from "../../../../src/lib/views/contract"
import { CART_QUERY, useCart } from "../cart/cart-context"
import { useCartApproval } from "../cart/use-cart-approval"
import { ApprovalState } from "../components/ApprovalState"
import { CartTotals } from "../components/CartTotals"
import { AddressForm, initialAddress, missingAddressFields, trimmedAddress } from "../components/checkout/address"
import { DeliveryDraft, formFromUnitAddress, initialDraft, matchingUnitAddress, planMatches, splitProblem, splitRequests, startSplit } from "../components/checkout/delivery"
import { DeliveryStep } from "../components/checkout/DeliveryStep"
import { NET_TERMS_PROVIDER, PAY_NOW_PROVIDER, PaymentChoice } from "../components/checkout/PaymentChoice"
import { ShippingOptions } from "../components/checkout/ShippingOptions"
import { EmptyState } from "../components/EmptyState"
import { OrderDetailsForm } from "../components/OrderDetailsForm"
import { PageHeader } from "../components/PageHeader"
import { PlacedDeliveries } from "../components/PlacedDeliveries"
import { Permitted } from "../components/Permitted"
import { allowedDateLabel, formatDeliveryDate } from "../lib/delivery"
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
  // A split checkout's orders, shown here once placed (the cart is gone by then).
  const [placed, setPlaced] = useState<PlacedDeliveryView[] | null>(null)
  if (placed) return <PlacedDeliveries deliveries={placed} />
  if (restoring) return <Loading label="Preparing checkout…" />
  if (!cart || !cart.items?.length) {
    return (
      <EmptyState title="Nothing to check out" testId="checkout-empty">
        <p className="muted">Add products to the cart first.</p>
        <Link to="/" className="button">Browse the catalog</Link>
      </EmptyState>
    )
  }
  return <CheckoutLoader cart={cart} onPlaced={setPlaced} />
}

type CheckoutSetup = {
  countries: { iso_2?: string | null; display_name?: string | null }[]
  options: ShippingOption[]
  terms: PaymentTerms
  /** The unit's addresses: deliveries with a requested date go to one of them. */
  addresses: UnitAddress[]
  /** The delivery plan already on the cart (a resumed or approved checkout), else null. */
  plan: DeliveryPlan | null
}

function CheckoutLoader({ cart, onPlaced }: { cart: Cart; onPlaced: (deliveries: PlacedDeliveryView[]) => void }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const setup = useAsync<CheckoutSetup>(async () => {
    const headers = unitHeaders()
    // The cart view answers delivery options, countries and payment terms together; the unit's
    // addresses and the cart's delivery plan come alongside. Without them (a failed read) the
    // checkout still works as one delivery to the address typed in.
    const [view, addresses, plan] = await Promise.all([
      views.cart(cart.id, headers),
      listUnitAddresses(activeUnit.id, headers).catch(() => activeUnit.addresses ?? []),
      getDeliveryPlan(cart.id, headers).catch(() => null),
    ])
    // Options without a price in the cart's currency (another region's) cannot be chosen.
    const options = view.shipping_options.filter((o) => (o.calculated_price?.calculated_amount ?? o.amount) != null)
    return { countries: view.countries, options, terms: view.payment_terms ?? { enabled: false }, addresses, plan }
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
              setup={data} initialApproval={approval.data ?? null} reloadApproval={approval.reload} onPlaced={onPlaced} />
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

function CheckoutForm({ cart, setup, initialApproval, reloadApproval, onPlaced }: {
  cart: Cart
  setup: CheckoutSetup
  initialApproval: Approval | null
  reloadApproval: () => void
  onPlaced: (deliveries: PlacedDeliveryView[]) => void
}) {
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
  const [draft, setDraft] = useState<DeliveryDraft>(() => initialDraft(setup.plan))
  const [plan, setPlan] = useState<DeliveryPlan | null>(setup.plan)
  const [refusal, setRefusal] = useState<DeliveryRefusal | null>(null)
  const [datesGeneration, setDatesGeneration] = useState(0)
  const [approval, setApproval] = useState<Approval | null>(initialApproval)
  const [busy, setBusy] = useState<"placing" | "submitting" | "saving" | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [approvalNeeded, setApprovalNeeded] = useState<string | null>(null)

  const pending = approval?.status === "pending"
  // An approved cart is ordered as it was submitted: only the completion is left to do.
  const onlyCompletion = approval?.status === "approved" && isPrepared(cart, provider)
  const locked = pending || onlyCompletion || busy !== null

  const items = cart.items ?? []
  const matched = matchingUnitAddress(address, setup.addresses)

  // A cart under approval shows the plan it was submitted with, which may be newer than the one
  // read when the page opened (this form starts over on each approval state).
  useEffect(() => {
    if (!initialApproval) return
    let current = true
    getDeliveryPlan(cart.id, unitHeaders()).then(
      (found) => {
        if (!current) return
        setPlan(found)
        setDraft(initialDraft(found))
      },
      () => null
    )
    return () => {
      current = false
    }
    // Once per form: the form is keyed by the approval's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  /** The cart's own shipping address: the form, or for a split the first delivery's address. */
  function cartAddress(): AddressForm {
    if (draft.mode === "single") return address
    const first = setup.addresses.find((a) => a.id === draft.deliveries[0]?.address_id)
    return first ? formFromUnitAddress(first, address) : address
  }

  /** The plan the choice asks for: null is one delivery to the typed-in address, without a requested date. */
  function plannedDeliveries(): DeliveryRequest[] | null {
    if (draft.mode === "split") return splitRequests(draft.deliveries, items)
    return matched && draft.date ? [{ address_id: matched.id, requested_date: draft.date }] : null
  }

  /** What stops the delivery choice from being used, in words. */
  function deliveryProblem(): string | null {
    if (draft.mode === "split") return splitProblem(draft.deliveries, items)
    const missing = missingAddressFields(address)
    return missing.length ? `Please fill in: ${missing.join(", ")}.` : null
  }

  /** Address and delivery method on the cart (a split needs the method before its plan). */
  async function setAddressAndShipping(): Promise<Cart> {
    const headers = unitHeaders()
    const shippingAddress = { ...trimmedAddress(cartAddress()) }
    let current = (await sdk.store.cart.update(cart.id, { email: customer.email, shipping_address: shippingAddress, billing_address: shippingAddress }, CART_QUERY, headers)).cart
    replaceCart(current)
    current = (await sdk.store.cart.addShippingMethod(cart.id, { option_id: shippingOptionId }, CART_QUERY, headers)).cart
    replaceCart(current)
    return current
  }

  /** The plan as chosen on the backend: set, replaced, or removed for a plain delivery. */
  async function applyPlan(): Promise<DeliveryPlan | null> {
    const requests = plannedDeliveries()
    if (!requests) {
      if (plan) await deleteDeliveryPlan(cart.id, unitHeaders())
      setPlan(null)
      return null
    }
    const saved = await saveDeliveryPlan(cart.id, requests, unitHeaders())
    setPlan(saved)
    return saved
  }

  async function prepareCart(): Promise<DeliveryPlan | null> {
    const current = await setAddressAndShipping()
    // The plan before the payment: approval rules, budgets and credit see the plan's total.
    const saved = await applyPlan()
    await sdk.store.payment.initiatePaymentSession(current, { provider_id: provider }, {}, unitHeaders())
    return saved
  }

  /** A refused plan, read by its code: dates are fetched again, a stale split starts over. */
  function onRefused(found: DeliveryRefusal) {
    setRefusal(found)
    if (found.code === "date_not_allowed") {
      if (draft.mode === "single" && found.next_date) setDraft({ mode: "single", date: found.next_date })
      setDatesGeneration((g) => g + 1)
    }
    if (found.code === "quantities_mismatch" && draft.mode === "split") {
      setDraft({ mode: "split", deliveries: startSplit(items, setup.addresses, draft.deliveries[0]?.address_id ?? null, draft.deliveries[0]?.date ?? null) })
    }
  }

  async function onSaveSplit() {
    const problem = deliveryProblem()
    if (problem) return setError(problem)
    if (!shippingOptionId) return setError("Choose a delivery method: each delivery ships with it.")
    setBusy("saving")
    setError(null)
    setRefusal(null)
    try {
      await setAddressAndShipping()
      await applyPlan()
    } catch (err) {
      const found = deliveryRefusalOf(err)
      if (found) onRefused(found)
      else setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  async function onPlaceOrder(event: FormEvent) {
    event.preventDefault()
    const problem = onlyCompletion ? null : deliveryProblem()
    if (problem) {
      setError(problem)
      return
    }
    if (!onlyCompletion && !shippingOptionId) {
      setError("Choose a delivery method.")
      return
    }
    setBusy("placing")
    setError(null)
    setRefusal(null)
    setApprovalNeeded(null)
    try {
      // An approved cart keeps the plan it was submitted with: read as the backend holds it now.
      const current = onlyCompletion ? await getDeliveryPlan(cart.id, unitHeaders()).catch(() => plan) : await prepareCart()
      if (current?.split) {
        // Several deliveries: one order each, placed together.
        const placed = await completeDeliveries(cart.id, unitHeaders())
        forgetCart()
        onPlaced(placed.deliveries)
        return
      }
      const result = await sdk.store.cart.complete(cart.id, {}, unitHeaders())
      if (result.type === "order") {
        forgetCart()
        navigate(`/orders/confirmed/${result.order.id}`)
        return
      }
      setError(result.error?.message ?? "The order could not be placed. Please try again.")
    } catch (err) {
      // Why the order was refused is read as data (refusal codes), never from the error's text.
      const found = deliveryRefusalOf(err)
      if (found) {
        onRefused(found)
        await refreshCart().catch(() => null)
        setBusy(null)
        return
      }
      const readiness = await getCheckoutReadiness(cart.id, unitHeaders()).catch(() => null)
      const approvalRefusal = readiness && approvalToRequest(readiness)
      if (approvalRefusal) setApprovalNeeded(approvalRefusal.message)
      else setError(errorMessage(err))
      // A requested date that passed its cut-off since it was chosen: the dates are read again.
      if (readiness?.refusals.some((r) => r.code === "delivery_date_unavailable")) setDatesGeneration((g) => g + 1)
      // The unit's tax standing changed since the cart was taxed: updating the cart taxes it again, and the buyer sees the new total before placing it.
      if (readiness?.refusals.some((r) => r.code === "tax_outdated")) await sdk.store.cart.update(cart.id, {}, unitHeaders()).catch(() => null)
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
          <h2>1. Delivery</h2>
          {draft.mode === "single" && !cart.shipping_address?.address_1 && defaultShippingAddress(activeUnit) && (
            <p className="muted">Prefilled with {activeUnit.name}'s default delivery address.</p>
          )}
          <DeliveryStep
            cart={cart}
            addresses={setup.addresses}
            countries={setup.countries}
            address={address}
            draft={draft}
            plan={plan}
            refusal={refusal}
            disabled={locked}
            saving={busy === "saving"}
            datesGeneration={datesGeneration}
            onAddress={setAddress}
            onDraft={setDraft}
            onSaveSplit={() => void onSaveSplit()}
          />
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
                <span>{formatMoney(line.subtotal, cart.currency_code)}</span>
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} />
          <DeliverySummary draft={draft} plan={plan} current={planMatches(plan, plannedDeliveries())} matchedLabel={matched ? matched.label ?? matched.address_1 : null} />
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

/** The deliveries in the summary: the requested date, or for a split the saved plan's shipping and total. */
function DeliverySummary({ draft, plan, current, matchedLabel }: { draft: DeliveryDraft; plan: DeliveryPlan | null; current: boolean; matchedLabel: string | null }) {
  if (draft.mode === "single") {
    if (!matchedLabel || !draft.date) return null
    const window = plan && !plan.split && plan.deliveries[0]?.requested_date === draft.date ? plan.deliveries[0].window : undefined
    return (
      <p className="muted small-print" data-testid="summary-delivery-date">
        Delivery to {matchedLabel} on {window === undefined ? formatDeliveryDate(draft.date) : allowedDateLabel({ date: draft.date, window })}
      </p>
    )
  }
  if (!plan?.split || !current) return <p className="muted small-print" data-testid="plan-unsaved">Save the deliveries to see the shipping of each and the total.</p>
  return (
    <dl className="totals" data-testid="plan-summary">
      <div>
        <dt>Deliveries</dt>
        <dd data-testid="plan-deliveries">{plan.deliveries.length}</dd>
      </div>
      <div>
        <dt>Shipping per delivery</dt>
        <dd data-testid="plan-shipping">{formatMoney(plan.shipping_per_delivery, plan.currency_code)}</dd>
      </div>
      <div className="grand-total">
        <dt>Total of all deliveries</dt>
        <dd data-testid="plan-total">{formatMoney(plan.total, plan.currency_code)}</dd>
      </div>
    </dl>
  )
}
