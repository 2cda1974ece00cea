import { FormEvent, useState } from "react"
import { useNavigate } from "react-router"
import { Async, ErrorBox, errorMessage, Loading, useAsync } from "@storefronts/shared"
import { createRecurringOrder, listUnitAddresses, RecurringSource } from "../api/recurring-orders"
import type { UnitAddress } from "../../../../src/lib/business/contract"
import type { PaymentTermsView } from "../../../../src/lib/views/contract"
import { getPaymentTerms } from "../api/units"
import { useCart } from "../cart/cart-context"
import { newDraft, ScheduleDraft, scheduleFromDraft } from "../lib/schedules"
import { sdk } from "../sdk"
import { useUnitSession } from "../session/session-context"
import { ShippingOption } from "../types"
import { NET_TERMS_PROVIDER, PAY_NOW_PROVIDER, PaymentChoice } from "./checkout/PaymentChoice"
import { ShippingOptions } from "./checkout/ShippingOptions"
import { ScheduleFieldsEditor } from "./ScheduleFieldsEditor"

/**
 * "Make this recurring" on the cart, an order or a shopping list: for those who may keep
 * recurring orders (recurring_orders.manage_own). The button opens the form in place.
 */
export function MakeRecurring({ source, suggestedName, what }: { source: RecurringSource; suggestedName?: string; what: string }) {
  const { can } = useUnitSession()
  const [open, setOpen] = useState(false)
  if (!can("recurring_orders.manage_own")) return null
  return (
    <section className="card stack" data-testid="make-recurring-card">
      <div className="row spread">
        <div>
          <h2>Order this regularly?</h2>
          <p className="muted">Turn {what} into a recurring order: placed for you on the dates you choose, with its PO number.</p>
        </div>
        {!open && (
          <button type="button" className="secondary" data-testid="make-recurring" onClick={() => setOpen(true)}>
            Make this recurring
          </button>
        )}
      </div>
      {open && <RecurringOrderForm source={source} suggestedName={suggestedName} onCancel={() => setOpen(false)} />}
    </section>
  )
}

type DeliverySetup = { regionId: string; currency: string; addresses: UnitAddress[]; options: ShippingOption[]; terms: PaymentTermsView }

/**
 * A new recurring order from a cart, a past order or a shopping list: its schedule, and where
 * and how its orders ship and pay. Shipping options are the ones the unit's cart can use (the
 * current cart, or an empty one started for this); addresses are the unit's own.
 */
export function RecurringOrderForm({ source, suggestedName, onCancel }: { source: RecurringSource; suggestedName?: string; onCancel: () => void }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const { restoring, ensureCart } = useCart()
  const setup = useAsync<DeliverySetup | null>(async () => {
    // While the remembered cart is still loading, starting one would replace it: wait.
    if (restoring) return null
    const cart = await ensureCart()
    const [shipping, addresses, terms] = await Promise.all([
      sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }, unitHeaders()),
      listUnitAddresses(activeUnit.id, unitHeaders()),
      getPaymentTerms(activeUnit.id, unitHeaders()),
    ])
    // Options without a price in the cart's currency (another region's) cannot be chosen.
    const options = shipping.shipping_options.filter((o) => (o.calculated_price?.calculated_amount ?? o.amount) != null)
    return { regionId: cart.region_id!, currency: cart.currency_code, addresses, options, terms }
    // Loaded once per unit: later cart changes must not reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restoring, activeUnit.id])

  return (
    <Async state={setup}>
      {(data) => (data ? <ScheduleForm setup={data} source={source} suggestedName={suggestedName} onCancel={onCancel} /> : <Loading />)}
    </Async>
  )
}

function addressLine(a: UnitAddress) {
  return [a.label, a.company, a.address_1, `${a.postal_code} ${a.city}`, a.country_code.toUpperCase()].filter(Boolean).join(", ")
}

function ScheduleForm({ setup, source, suggestedName, onCancel }: { setup: DeliverySetup; source: RecurringSource; suggestedName?: string; onCancel: () => void }) {
  const { activeUnit, unitHeaders } = useUnitSession()
  const navigate = useNavigate()
  const [draft, setDraft] = useState<ScheduleDraft>(() => newDraft(suggestedName ?? ""))
  const [addressId, setAddressId] = useState(() => (setup.addresses.find((a) => a.is_default_shipping) ?? setup.addresses[0])?.id ?? "")
  const [optionId, setOptionId] = useState(() => setup.options[0]?.id ?? "")
  const [provider, setProvider] = useState(setup.terms.enabled ? NET_TERMS_PROVIDER : PAY_NOW_PROVIDER)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const parsed = scheduleFromDraft(draft)
    if (!parsed.schedule) return setError(parsed.problem)
    if (!addressId) return setError("Choose a delivery address.")
    if (!optionId) return setError("Choose a delivery method.")
    setBusy(true)
    setError(null)
    try {
      const created = await createRecurringOrder(
        activeUnit.id,
        { ...parsed.schedule, region_id: setup.regionId, shipping_address_id: addressId, shipping_option_id: optionId, payment_provider_id: provider, ...source },
        unitHeaders()
      )
      navigate(`/schedules/${created.recurring_order.id}`, { state: { skipped: created.skipped ?? [] } })
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }

  return (
    <form className="recurring-form" onSubmit={onSubmit} data-testid="recurring-form">
      <div className="stack">
        <h3>When</h3>
        <ScheduleFieldsEditor draft={draft} onChange={setDraft} disabled={busy} />
      </div>
      <div className="stack">
        <h3>Delivery address</h3>
        {setup.addresses.length ? (
          <select name="shipping_address_id" aria-label="Delivery address" data-testid="schedule-address" value={addressId} disabled={busy} onChange={(e) => setAddressId(e.target.value)}>
            {setup.addresses.map((a) => (
              <option key={a.id} value={a.id}>{addressLine(a)}</option>
            ))}
          </select>
        ) : (
          <p className="error" data-testid="schedule-no-address">
            {activeUnit.name} has no delivery address yet. A recurring order ships to one of the unit's addresses: ask your company's administrator to add one.
          </p>
        )}
        <h3>Delivery method</h3>
        <ShippingOptions options={setup.options} value={optionId} currency={setup.currency} disabled={busy} onChange={setOptionId} />
        <h3>Payment</h3>
        <PaymentChoice terms={setup.terms} value={provider} disabled={busy} onChange={setProvider} />
        <ErrorBox message={error} />
        <div className="row">
          <button type="submit" data-testid="create-recurring" disabled={busy || !setup.addresses.length || !setup.options.length}>
            {busy ? "Setting up…" : "Create recurring order"}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={onCancel}>Cancel</button>
        </div>
        <p className="muted small-print">Each run is checked like a checkout: prices, stock, budgets and approvals as they are on its day.</p>
      </div>
    </form>
  )
}
