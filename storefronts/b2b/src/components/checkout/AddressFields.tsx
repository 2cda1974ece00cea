import { AddressForm } from "./address"

type Country = { iso_2?: string | null; display_name?: string | null; name?: string | null }

export function AddressFields({ value, countries, disabled, onChange }: { value: AddressForm; countries: Country[]; disabled: boolean; onChange: (value: AddressForm) => void }) {
  const field = (name: keyof AddressForm, label: string, props: { autoComplete?: string; required?: boolean } = {}) => (
    <label className={`field-${name}`}>
      {label}
      <input name={name} value={value[name]} disabled={disabled} required={props.required ?? true} autoComplete={props.autoComplete} onChange={(e) => onChange({ ...value, [name]: e.target.value })} />
    </label>
  )
  return (
    <div className="address-grid">
      {field("first_name", "First name", { autoComplete: "given-name" })}
      {field("last_name", "Last name", { autoComplete: "family-name" })}
      {field("company", "Company", { autoComplete: "organization", required: false })}
      {field("address_1", "Street and number", { autoComplete: "address-line1" })}
      {field("postal_code", "Postal code", { autoComplete: "postal-code" })}
      {field("city", "City", { autoComplete: "address-level2" })}
      <label className="field-country_code">
        Country
        <select name="country_code" value={value.country_code} disabled={disabled} required onChange={(e) => onChange({ ...value, country_code: e.target.value })}>
          {countries
            .filter((c) => c.iso_2)
            .map((c) => (
              <option key={c.iso_2!} value={c.iso_2!}>
                {c.display_name ?? c.name ?? c.iso_2!.toUpperCase()}
              </option>
            ))}
        </select>
      </label>
      {field("phone", "Phone", { autoComplete: "tel", required: false })}
    </div>
  )
}
