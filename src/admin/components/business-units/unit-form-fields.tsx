import { Input } from "@medusajs/ui"
import { Field } from "../common/field"
import { UnitSelect } from "../common/unit-select"
import { UnitFormErrors, UnitFormValues } from "./unit-form"

/** Name, parent (when creating), email, phone, tax id and currency of a unit. */
export function UnitFormFields({
  values,
  errors,
  onChange,
  showParent,
}: {
  values: UnitFormValues
  errors: UnitFormErrors
  onChange: (values: UnitFormValues) => void
  showParent: boolean
}) {
  const set = (key: keyof UnitFormValues) => (value: string) => onChange({ ...values, [key]: value })
  return (
    <>
      <Field label="Name" htmlFor="unit-name" error={errors.name}>
        <Input id="unit-name" name="name" value={values.name} onChange={(e) => set("name")(e.target.value)} autoFocus />
      </Field>
      {showParent && (
        <Field label="Parent unit" hint="Leave empty to create a company; pick a unit to create a division below it." optional>
          <UnitSelect value={values.parent_id} onChange={set("parent_id")} emptyLabel="None (a company)" testId="unit-parent-select" />
        </Field>
      )}
      <Field label="Email" htmlFor="unit-email" error={errors.email} optional>
        <Input id="unit-email" name="email" type="email" value={values.email} onChange={(e) => set("email")(e.target.value)} />
      </Field>
      <Field label="Phone" htmlFor="unit-phone" optional>
        <Input id="unit-phone" name="phone" value={values.phone} onChange={(e) => set("phone")(e.target.value)} />
      </Field>
      <Field label="Tax ID" htmlFor="unit-tax-id" optional>
        <Input id="unit-tax-id" name="tax_id" value={values.tax_id} onChange={(e) => set("tax_id")(e.target.value)} />
      </Field>
      <Field label="Currency" htmlFor="unit-currency" error={errors.currency_code} hint="3-letter ISO code, e.g. EUR" optional>
        <Input
          id="unit-currency"
          name="currency_code"
          value={values.currency_code}
          maxLength={3}
          onChange={(e) => set("currency_code")(e.target.value.toUpperCase())}
        />
      </Field>
    </>
  )
}
