import { Button, Input, StatusBadge, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useSaveTaxProfile } from "../../hooks/use-tax-profile"
import { errorMessage } from "../../lib/errors"
import { hasErrors, type Errors } from "../../lib/validation"
import type { TaxExemption } from "../../../lib/tax/contract"
import { Field, FormError } from "../common/field"
import { certificateErrors, EMPTY_CERTIFICATE, isExpired, type CertificateFields } from "./tax-form"
import { VerificationControl } from "./verification-control"

const fieldsOf = (exemption: TaxExemption | null): CertificateFields =>
  exemption ? { certificate: exemption.certificate, state: exemption.state, expires_at: exemption.expires_at } : EMPTY_CERTIFICATE

const sameCertificate = (a: CertificateFields, b: CertificateFields) =>
  a.certificate.trim() === b.certificate && a.state.trim().toUpperCase() === b.state && a.expires_at === b.expires_at

/** The unit's US resale certificate (number, state, expiry) and the merchant's verification of it. */
export function ResaleCertificateForm({ unitId, exemption }: { unitId: string; exemption: TaxExemption | null }) {
  const save = useSaveTaxProfile(unitId)
  const verify = useSaveTaxProfile(unitId)
  const saved = fieldsOf(exemption)
  const [fields, setFields] = useState<CertificateFields>(saved)
  const [errors, setErrors] = useState<Errors<keyof CertificateFields>>({})
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => setFields(fieldsOf(exemption)), [exemption])

  const edited = !sameCertificate(fields, saved)
  const blockedBy = !exemption ? "Save a certificate to verify it." : edited ? "Save the change first: a changed certificate loses its verification." : null
  const change = (key: keyof CertificateFields) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setFields((current) => ({ ...current, [key]: event.target.value }))

  const send = (next: CertificateFields | null, done: string) => {
    setServerError(null)
    save.mutate({ exemption: next }, { onSuccess: () => toast.success(done), onError: (error) => setServerError(errorMessage(error)) })
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const found = certificateErrors(fields)
    setErrors(found)
    if (hasErrors(found)) return
    send({ certificate: fields.certificate.trim(), state: fields.state.trim().toUpperCase(), expires_at: fields.expires_at }, "Resale certificate saved")
  }

  const setVerified = (verified: boolean) =>
    verify.mutate(
      { exemption_verified: verified },
      {
        onSuccess: () => toast.success(verified ? "Resale certificate verified" : "Resale certificate verification removed"),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )

  return (
    <form className="flex flex-col gap-y-3 px-6 py-4" onSubmit={submit} noValidate data-testid="exemption-form">
      <FormError message={serverError} />
      <div className="flex items-center justify-between gap-x-2">
        <span className="txt-compact-small-plus">US resale certificate</span>
        {exemption && isExpired(exemption.expires_at) && (
          <StatusBadge color="red" data-testid="exemption-expired">
            Expired
          </StatusBadge>
        )}
      </div>
      <Field label="Certificate number" htmlFor="exemption-certificate" error={errors.certificate}>
        <Input id="exemption-certificate" name="certificate" value={fields.certificate} onChange={change("certificate")} data-testid="exemption-certificate-input" />
      </Field>
      <div className="grid grid-cols-2 gap-x-3">
        <Field label="State" htmlFor="exemption-state" error={errors.state}>
          <Input id="exemption-state" name="state" maxLength={2} value={fields.state} onChange={change("state")} placeholder="CA" data-testid="exemption-state-input" />
        </Field>
        <Field label="Valid until" htmlFor="exemption-expires" error={errors.expires_at}>
          <Input id="exemption-expires" name="expires_at" type="date" value={fields.expires_at} onChange={change("expires_at")} data-testid="exemption-expires-input" />
        </Field>
      </div>
      <div className="flex justify-end gap-x-2">
        {exemption && (
          <Button size="small" variant="secondary" type="button" disabled={save.isPending} onClick={() => send(null, "Resale certificate removed")} data-testid="remove-exemption">
            Remove
          </Button>
        )}
        <Button size="small" variant="secondary" type="submit" isLoading={save.isPending} disabled={!edited} data-testid="save-exemption">
          Save
        </Button>
      </div>
      <VerificationControl verifiedAt={exemption?.verified_at ?? null} blockedBy={blockedBy} pending={verify.isPending} onChange={setVerified} testId="exemption-verification" />
    </form>
  )
}
