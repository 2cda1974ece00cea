import { Button, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useSaveTaxProfile } from "../../hooks/use-tax-profile"
import { errorMessage } from "../../lib/errors"
import type { TaxProfile } from "../../../lib/tax/contract"
import { Field, FormError } from "../common/field"
import { vatIdError, vatIdInput } from "./tax-form"
import { VerificationControl } from "./verification-control"

/** The unit's EU VAT id and the merchant's verification of it (a changed id loses it). */
export function VatIdForm({ unitId, profile }: { unitId: string; profile: TaxProfile }) {
  const save = useSaveTaxProfile(unitId)
  const verify = useSaveTaxProfile(unitId)
  const [taxId, setTaxId] = useState(profile.tax_id ?? "")
  const [fieldError, setFieldError] = useState<string | undefined>()
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => setTaxId(profile.tax_id ?? ""), [profile.tax_id])

  const edited = vatIdInput(taxId) !== profile.tax_id
  const blockedBy = !profile.tax_id ? "Save a VAT id to verify it." : edited ? "Save the change first: a changed VAT id loses its verification." : null

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const problem = vatIdError(taxId)
    setFieldError(problem)
    if (problem) return
    setServerError(null)
    save.mutate(
      { tax_id: vatIdInput(taxId) },
      { onSuccess: () => toast.success("VAT id saved"), onError: (error) => setServerError(errorMessage(error)) }
    )
  }

  const setVerified = (verified: boolean) =>
    verify.mutate(
      { tax_id_verified: verified },
      {
        onSuccess: () => toast.success(verified ? "VAT id verified" : "VAT id verification removed"),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )

  return (
    <form className="flex flex-col gap-y-3 px-6 py-4" onSubmit={submit} noValidate data-testid="tax-id-form">
      <FormError message={serverError} />
      <Field label="VAT id" htmlFor="tax-id" error={fieldError} optional>
        <div className="flex gap-x-2">
          <Input id="tax-id" name="tax_id" value={taxId} onChange={(e) => setTaxId(e.target.value)} placeholder="e.g. ATU12345678" data-testid="tax-id-input" />
          <Button size="small" variant="secondary" type="submit" isLoading={save.isPending} disabled={!edited} data-testid="save-tax-id">
            Save
          </Button>
        </div>
      </Field>
      <VerificationControl verifiedAt={profile.tax_id_verified_at} blockedBy={blockedBy} pending={verify.isPending} onChange={setVerified} testId="tax-id-verification" />
      <Text size="xsmall" className="text-ui-fg-subtle">
        Reverse charge applies to a verified EU VAT id of another country than the seller's (DE).
      </Text>
    </form>
  )
}
