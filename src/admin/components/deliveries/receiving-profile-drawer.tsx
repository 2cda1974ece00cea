import { Input, Label, Switch, Textarea, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useSaveReceivingProfile } from "../../hooks/use-deliveries"
import { errorMessage } from "../../lib/errors"
import type { ReceivingProfileView } from "../../../lib/delivery/contract"
import { Field, FormError } from "../common/field"
import { FormDrawer } from "../common/form-drawer"
import { useFormDrawer } from "../common/use-form-drawer"
import { receivingProfileFormFrom, receivingProfileInputFrom, validateReceivingProfileForm } from "./receiving-profile-form"
import { ReceivingWindowsEditor } from "./receiving-windows-editor"

export type ReceivingProfileTarget = { addressId: string; addressLabel: string; profile: ReceivingProfileView | null }

/** Sets how an address receives goods: receiving windows per weekday, dock, pallets, site contact, notes. */
export function ReceivingProfileDrawer({ unitId, target, onClose }: { unitId: string; target: ReceivingProfileTarget | null; onClose: () => void }) {
  const { open, openDrawer, values, setValues, errors, serverError, submitWith } = useFormDrawer(
    () => receivingProfileFormFrom(target?.profile ?? null),
    validateReceivingProfileForm
  )
  const save = useSaveReceivingProfile(unitId)
  // The address card owns which profile is edited: the drawer opens and closes with it.
  useEffect(() => openDrawer(!!target), [target])

  const submit = () =>
    submitWith((values, fail) =>
      save.mutate(
        { addressId: target!.addressId, input: receivingProfileInputFrom(values) },
        {
          onSuccess: () => (toast.success(`Receiving of ${target!.addressLabel} saved`), onClose()),
          onError: (error) => (fail(error), toast.error(errorMessage(error))),
        }
      )
    )

  const text = (key: "dock_instructions" | "site_contact_name" | "site_contact_phone" | "notes") => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  })

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title="Receiving"
      description={target?.addressLabel}
      onSubmit={submit}
      submitting={save.isPending}
      testId="receiving-profile-drawer"
      submitTestId="receiving-profile-submit"
    >
      <FormError message={serverError} />
      <Field
        label="Receiving windows"
        error={errors.windows}
        hint="Times in the delivery calendar's time zone. Buyers can request only weekdays with a window; none at all: any delivery day."
      >
        <ReceivingWindowsEditor value={values.windows} onChange={(windows) => setValues((v) => ({ ...v, windows }))} />
      </Field>
      <Field label="Dock instructions" htmlFor="receiving-dock" optional>
        <Textarea id="receiving-dock" name="dock_instructions" maxLength={1000} placeholder="e.g. Gate 3, ring the bell" {...text("dock_instructions")} />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch
          id="receiving-pallets"
          checked={values.accepts_pallets}
          onCheckedChange={(checked) => setValues((v) => ({ ...v, accepts_pallets: checked }))}
          data-testid="receiving-pallets"
        />
        <Label htmlFor="receiving-pallets" size="small">
          Accepts pallets
        </Label>
      </div>
      <div className="grid grid-cols-2 gap-x-4">
        <Field label="Site contact" htmlFor="receiving-contact-name" optional>
          <Input id="receiving-contact-name" name="site_contact_name" maxLength={200} {...text("site_contact_name")} />
        </Field>
        <Field label="Contact phone" htmlFor="receiving-contact-phone" optional>
          <Input id="receiving-contact-phone" name="site_contact_phone" type="tel" maxLength={50} {...text("site_contact_phone")} />
        </Field>
      </div>
      <Field label="Notes" htmlFor="receiving-notes" optional>
        <Textarea id="receiving-notes" name="notes" maxLength={2000} {...text("notes")} />
      </Field>
    </FormDrawer>
  )
}
