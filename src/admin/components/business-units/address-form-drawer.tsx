import { Checkbox, Input, Label, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useSaveUnitAddress } from "../../hooks/use-unit-team"
import type { UnitAddress } from "../../../lib/business/contract"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { useFormDrawer } from "../common/use-form-drawer"
import { ADDRESS_FIELDS, addressFormFrom, addressInputFrom, validateAddressForm } from "./address-form"

const DEFAULTS = [
  { key: "is_default_shipping", label: "Default shipping address" },
  { key: "is_default_billing", label: "Default billing address" },
] as const

/**
 * Adds an address to the unit (`target` "new") or edits one. Making it a default takes that
 * place from the unit's other addresses (the backend does so in one transaction).
 */
export function AddressFormDrawer({ unitId, target, onClose }: { unitId: string; target: UnitAddress | "new" | null; onClose: () => void }) {
  const address = target === "new" ? null : target
  const { open, openDrawer, values, setValues, errors, serverError, submitWith } = useFormDrawer(() => addressFormFrom(address), validateAddressForm)
  const save = useSaveUnitAddress(unitId)
  // The section owns which address is edited: the drawer opens and closes with it.
  useEffect(() => openDrawer(!!target), [target])

  const submit = () =>
    submitWith((values, fail) =>
      save.mutate(
        { addressId: address?.id, input: addressInputFrom(values) },
        { onSuccess: () => (toast.success(address ? "Address saved" : "Address added"), onClose()), onError: fail }
      )
    )

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={address ? "Edit address" : "Add address"}
      onSubmit={submit}
      submitting={save.isPending}
      testId="unit-address-drawer"
      submitTestId="unit-address-submit"
    >
      <FormError message={serverError} />
      {ADDRESS_FIELDS.map((field) => (
        <Field key={field.key} label={field.label} htmlFor={`address-${field.key}`} error={errors[field.key]} hint={"hint" in field ? field.hint : undefined} optional={!("required" in field)}>
          <Input id={`address-${field.key}`} name={field.key} value={values[field.key]} onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))} />
        </Field>
      ))}
      {DEFAULTS.map(({ key, label }) => (
        <div key={key} className="flex items-center gap-x-2">
          <Checkbox id={`address-${key}`} checked={values[key]} onCheckedChange={(checked) => setValues((v) => ({ ...v, [key]: checked === true }))} />
          <Label htmlFor={`address-${key}`} size="small">
            {label}
          </Label>
        </div>
      ))}
    </FormDrawer>
  )
}
