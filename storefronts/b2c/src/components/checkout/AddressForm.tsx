import { FormEvent, useState } from "react"
import { ErrorBox, errorMessage } from "@storefronts/shared"
import { sdk } from "../../sdk"
import { Cart, Customer } from "../../types"
import { AddressFields, Country, FIELD_LABELS, initialAddress, validateAddress } from "./address-fields"

/** Step 1: contact email and the shipping address (used as billing address too). */
export function AddressForm({
  cart,
  customer,
  countries,
  saved,
  onSaved,
  onEdited,
}: {
  cart: Cart
  customer: Customer | null
  countries: Country[]
  saved: boolean
  onSaved: (cart: Cart) => void
  onEdited: () => void
}) {
  const [fields, setFields] = useState<AddressFields>(() => initialAddress(cart, customer, countries))
  const [problems, setProblems] = useState<Partial<Record<keyof AddressFields, string>>>({})
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  function change(key: keyof AddressFields, value: string) {
    setFields((current) => ({ ...current, [key]: value }))
    setProblems((current) => ({ ...current, [key]: undefined }))
    onEdited()
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const found = validateAddress(fields)
    setProblems(found)
    const firstInvalid = Object.keys(found)[0]
    if (firstInvalid) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus()
      return
    }
    const { email, ...address } = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value.trim()])) as AddressFields
    setSaving(true)
    setError(null)
    try {
      const { cart: updated } = await sdk.store.cart.update(cart.id, { email, shipping_address: address, billing_address: address })
      onSaved(updated)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setSaving(false)
    }
  }

  const input = (key: Exclude<keyof AddressFields, "country_code">, props: { type?: string; autoComplete: string }) => (
    <label className={`field field-${key}`}>
      {FIELD_LABELS[key]}
      <input
        name={key}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        required
        value={fields[key]}
        aria-invalid={problems[key] ? true : undefined}
        onChange={(event) => change(key, event.target.value)}
      />
      {problems[key] && <span className="field-error">{problems[key]}</span>}
    </label>
  )

  return (
    <form className="card stack checkout-step" onSubmit={submit} noValidate aria-labelledby="address-heading">
      <h2 id="address-heading"><span className="step-number">1</span> Contact &amp; shipping address</h2>
      {input("email", { type: "email", autoComplete: "email" })}
      <div className="field-pair">
        {input("first_name", { autoComplete: "given-name" })}
        {input("last_name", { autoComplete: "family-name" })}
      </div>
      {input("address_1", { autoComplete: "address-line1" })}
      <div className="field-pair">
        {input("postal_code", { autoComplete: "postal-code" })}
        {input("city", { autoComplete: "address-level2" })}
      </div>
      <label className="field">
        {FIELD_LABELS.country_code}
        <select name="country_code" required autoComplete="country" value={fields.country_code} onChange={(event) => change("country_code", event.target.value)}>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {problems.country_code && <span className="field-error">{problems.country_code}</span>}
      </label>
      <p className="muted small">Your billing address is the same as the shipping address.</p>
      <ErrorBox message={error} />
      <div className="row">
        <button type="submit" disabled={saving} data-testid="continue-to-shipping">
          {saving ? "Saving…" : saved ? "Update address" : "Continue to shipping"}
        </button>
        {saved && <span className="saved-note">✓ Address saved</span>}
      </div>
    </form>
  )
}
