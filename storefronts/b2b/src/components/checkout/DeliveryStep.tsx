import { Dispatch, SetStateAction } from "react"
import { formatMoney } from "@storefronts/shared"
import type { UnitAddress } from "../../../../../src/lib/business/contract"
import { DeliveryPlan, DeliveryRefusal, MAX_DELIVERIES } from "../../api/delivery"
import { unitAddressLine } from "../../lib/delivery"
import { Cart } from "../../types"
import { AddressFields } from "./AddressFields"
import { AddressForm } from "./address"
import { DeliveryDatePicker } from "./DeliveryDatePicker"
import { addedDelivery, DeliveryDraft, formFromUnitAddress, leftToAssign, matchingUnitAddress, planMatches, SplitDelivery, splitRequests, startSplit } from "./delivery"

type Country = { iso_2?: string | null; display_name?: string | null }

/**
 * Step 1 of a business checkout: where and when. One delivery (the unit's address or another,
 * a requested date for the unit's own addresses) or a split into several deliveries, each to one
 * of the unit's addresses on its date, with the cart's quantities assigned across them.
 */
export function DeliveryStep({ cart, addresses, countries, address, draft, plan, refusal, disabled, saving, datesGeneration, onAddress, onDraft, onSaveSplit }: {
  cart: Cart
  addresses: UnitAddress[]
  countries: Country[]
  address: AddressForm
  draft: DeliveryDraft
  /** The plan the backend holds for the cart (what "Save deliveries" answered). */
  plan: DeliveryPlan | null
  refusal: DeliveryRefusal | null
  disabled: boolean
  saving: boolean
  datesGeneration: number
  onAddress: (address: AddressForm) => void
  onDraft: Dispatch<SetStateAction<DeliveryDraft>>
  onSaveSplit: () => void
}) {
  const items = cart.items ?? []
  const matched = matchingUnitAddress(address, addresses)

  function chooseMode(mode: DeliveryDraft["mode"]) {
    if (mode === draft.mode) return
    if (mode === "split") onDraft({ mode: "split", deliveries: startSplit(items, addresses, matched?.id ?? null, draft.mode === "single" ? draft.date : null) })
    else {
      // Back to one delivery: to the first delivery's address, on its date.
      const first = draft.mode === "split" ? draft.deliveries[0] : null
      const firstAddress = addresses.find((a) => a.id === first?.address_id)
      if (firstAddress) onAddress(formFromUnitAddress(firstAddress, address))
      onDraft({ mode: "single", date: first?.date ?? null })
    }
  }

  return (
    <div className="stack" data-testid="delivery-step" data-mode={draft.mode}>
      {addresses.length > 0 && (
        <div className="segmented" role="group" aria-label="Deliveries">
          <button type="button" className={draft.mode === "single" ? "active" : "secondary"} aria-pressed={draft.mode === "single"} data-testid="delivery-mode-single" disabled={disabled} onClick={() => chooseMode("single")}>
            One delivery
          </button>
          <button type="button" className={draft.mode === "split" ? "active" : "secondary"} aria-pressed={draft.mode === "split"} data-testid="delivery-mode-split" disabled={disabled} onClick={() => chooseMode("split")}>
            Split delivery
          </button>
        </div>
      )}
      {draft.mode === "single" ? (
        <>
          {addresses.length > 0 && (
            <div className="choice-list" role="radiogroup" aria-label="Deliver to">
              {addresses.map((a) => (
                <label key={a.id} className={matched?.id === a.id ? "choice selected" : "choice"} data-testid="deliver-to" data-address-id={a.id}>
                  <input type="radio" name="deliver_to" value={a.id} checked={matched?.id === a.id} disabled={disabled} onChange={() => onAddress(formFromUnitAddress(a, address))} />
                  <span className="choice-label">
                    <strong>{a.label ?? a.company ?? a.address_1}</strong>
                    <span className="muted small-print">{unitAddressLine({ ...a, label: null })}</span>
                  </span>
                  {a.is_default_shipping && <span className="badge badge-neutral">Default</span>}
                </label>
              ))}
              <label className={matched ? "choice" : "choice selected"} data-testid="deliver-to-other">
                <input type="radio" name="deliver_to" value="" checked={!matched} disabled={disabled} onChange={() => onAddress({ ...address, address_1: "", postal_code: "", city: "" })} />
                <span className="choice-label">Another address</span>
              </label>
            </div>
          )}
          <AddressFields value={address} countries={countries} disabled={disabled} onChange={onAddress} />
          {matched ? (
            <DeliveryDatePicker
              cartId={cart.id}
              addressId={matched.id}
              value={draft.date}
              disabled={disabled}
              generation={datesGeneration}
              label="Requested delivery date"
              testId="delivery-date"
              onChange={(date) => onDraft((d) => (d.mode === "single" ? { mode: "single", date } : d))}
            />
          ) : addresses.length > 0 ? (
            <p className="muted small-print" data-testid="delivery-date-unavailable">A delivery date can be requested for the unit's own addresses; this one gets the earliest delivery.</p>
          ) : null}
        </>
      ) : (
        <SplitEditor
          cart={cart}
          addresses={addresses}
          deliveries={draft.deliveries}
          plan={plan}
          disabled={disabled}
          saving={saving}
          datesGeneration={datesGeneration}
          onChange={(change) => onDraft((d) => (d.mode === "split" ? { mode: "split", deliveries: change(d.deliveries) } : d))}
          onSave={onSaveSplit}
        />
      )}
      {refusal && (
        <div className="error stack" role="alert" data-testid="delivery-refusal" data-code={refusal.code}>
          <span>{refusal.message}</span>
          {refusal.code === "date_not_allowed" && <span>The dates were read again and the earliest allowed one chosen: check it, or choose another, and place the order again.</span>}
          {refusal.code === "quantities_mismatch" && <span>The cart changed: assign its quantities to the deliveries again.</span>}
          {refusal.code === "unknown_address" && <span>Choose one of the unit's current addresses.</span>}
        </div>
      )}
    </div>
  )
}

function SplitEditor({ cart, addresses, deliveries, plan, disabled, saving, datesGeneration, onChange, onSave }: {
  cart: Cart
  addresses: UnitAddress[]
  deliveries: SplitDelivery[]
  plan: DeliveryPlan | null
  disabled: boolean
  saving: boolean
  datesGeneration: number
  /** Changes as functions of the deliveries as they are then: two date pickers may choose in one render. */
  onChange: (change: (deliveries: SplitDelivery[]) => SplitDelivery[]) => void
  onSave: () => void
}) {
  const items = cart.items ?? []
  const update = (key: number, change: Partial<SplitDelivery>) => onChange((all) => all.map((d) => (d.key === key ? { ...d, ...change } : d)))
  const setQuantity = (key: number, lineId: string, quantity: number) =>
    onChange((all) => all.map((d) => (d.key === key ? { ...d, quantities: { ...d.quantities, [lineId]: quantity } } : d)))
  const saved = plan?.split ? plan : null
  const current = saved !== null && planMatches(saved, splitRequests(deliveries, items))

  return (
    <div className="stack split-editor" data-testid="split-editor">
      <p className="muted small-print">Each delivery goes to one of the unit's addresses on its own date and ships with the delivery method below (charged once per delivery).</p>
      <div className="split-deliveries">
        {deliveries.map((d, i) => (
          <div className="split-delivery stack" key={d.key} data-testid="split-delivery" data-position={i + 1}>
            <div className="spread">
              <h3>Delivery {i + 1}</h3>
              {deliveries.length > 2 && (
                <button type="button" className="secondary small" disabled={disabled} data-testid={`remove-delivery-${i + 1}`} onClick={() => onChange((all) => all.filter((x) => x.key !== d.key))}>
                  Remove
                </button>
              )}
            </div>
            <label>
              Address
              <select name={`delivery_address_${i + 1}`} data-testid={`split-address-${i + 1}`} value={d.address_id} disabled={disabled} onChange={(e) => update(d.key, { address_id: e.target.value, date: null })}>
                {addresses.map((a) => (
                  <option key={a.id} value={a.id}>{unitAddressLine(a)}</option>
                ))}
              </select>
            </label>
            {d.address_id && (
              <DeliveryDatePicker
                cartId={cart.id}
                addressId={d.address_id}
                value={d.date}
                disabled={disabled}
                generation={datesGeneration}
                label="Requested date"
                testId={`split-date-${i + 1}`}
                onChange={(date) => update(d.key, { date })}
              />
            )}
          </div>
        ))}
      </div>
      {deliveries.length < MAX_DELIVERIES && (
        <div>
          <button type="button" className="secondary small" data-testid="add-delivery" disabled={disabled} onClick={() => onChange((all) => [...all, addedDelivery(all, items, addresses)])}>
            Add a delivery
          </button>
        </div>
      )}
      <div className="table-wrap">
        <table className="compact split-quantities" data-testid="split-quantities">
          <thead>
            <tr>
              <th>Product</th>
              <th className="num">In cart</th>
              {deliveries.map((d, i) => (
                <th key={d.key} className="num">Delivery {i + 1}</th>
              ))}
              <th className="num">Left to assign</th>
            </tr>
          </thead>
          <tbody>
            {items.map((line) => {
              const left = leftToAssign(line, deliveries)
              const sku = line.variant_sku ?? line.id
              return (
                <tr key={line.id} data-testid="split-line" data-sku={sku}>
                  <td>
                    {line.product_title ?? line.title} <code className="muted">{line.variant_sku}</code>
                  </td>
                  <td className="num">{line.quantity}</td>
                  {deliveries.map((d, i) => (
                    <td key={d.key} className="num">
                      <input
                        type="number"
                        min={0}
                        max={line.quantity}
                        className="qty-input"
                        aria-label={`Quantity of ${sku} in delivery ${i + 1}`}
                        data-testid={`split-qty-${sku}-${i + 1}`}
                        value={d.quantities[line.id] ?? 0}
                        disabled={disabled}
                        onChange={(e) => setQuantity(d.key, line.id, Math.max(0, Math.floor(Number(e.target.value) || 0)))}
                      />
                    </td>
                  ))}
                  <td className={left === 0 ? "num ok-text" : "num error-text"} data-testid={`split-left-${sku}`} data-left={left}>
                    {left === 0 ? "all assigned" : left > 0 ? `${left} left` : `${-left} too many`}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="row">
        <button type="button" className="secondary" data-testid="save-deliveries" disabled={disabled || saving} onClick={onSave}>
          {saving ? "Saving deliveries…" : "Save deliveries"}
        </button>
        {saved && current && (
          <span className="muted" data-testid="saved-plan">
            Saved: {saved.deliveries.length} deliveries, shipping {formatMoney(saved.shipping_per_delivery, saved.currency_code)} each, {formatMoney(saved.total, saved.currency_code)} in all.
          </span>
        )}
        {saved && !current && (
          <span className="muted" data-testid="saved-plan-changed">Changed since saved: save again for the shipping and total (placing the order saves it too).</span>
        )}
      </div>
    </div>
  )
}
