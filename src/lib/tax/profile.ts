import { TaxProfile } from "./contract"

/**
 * How a change to a unit's tax standing is stored. Verification is the merchant's mark on one
 * VAT id or certificate: it is dated when given, kept while the same document stays, and lost
 * when the document changes (a buyer editing their VAT id cannot keep a verification).
 */
export type TaxRecordUpdate = {
  tax_id?: string | null
  tax_id_verified_at?: Date | null
  exemption_certificate?: string | null
  exemption_state?: string | null
  exemption_expires_at?: string | null
  exemption_verified_at?: Date | null
}

export type StoredTaxRecord = {
  tax_id: string | null
  tax_id_verified_at: Date | string | null
  exemption_certificate: string | null
  exemption_state: string | null
  exemption_expires_at: string | null
  exemption_verified_at: Date | string | null
}

export type TaxProfileChange = {
  tax_id?: string | null
  tax_id_verified?: boolean
  exemption?: { certificate: string; state: string; expires_at: string } | null
  exemption_verified?: boolean
}

const normalizedTaxId = (taxId: string | null | undefined) => (taxId ? taxId.replace(/\s+/g, "").toUpperCase() : null)

const verifiedAt = (hasDocument: boolean, verify: boolean | undefined, documentChanged: boolean, current: Date | string | null, now: Date) => {
  if (!hasDocument) return current ? null : undefined
  if (verify === false) return null
  if (verify === true) return documentChanged || !current ? now : new Date(current)
  return documentChanged ? null : undefined
}

export function taxRecordUpdate(before: StoredTaxRecord, change: TaxProfileChange, now: Date): TaxRecordUpdate {
  const update: TaxRecordUpdate = {}
  const taxId = change.tax_id === undefined ? before.tax_id : normalizedTaxId(change.tax_id)
  if (change.tax_id !== undefined) update.tax_id = taxId
  const taxIdChanged = taxId !== before.tax_id
  const taxIdVerifiedAt = verifiedAt(!!taxId, change.tax_id_verified, taxIdChanged, before.tax_id_verified_at, now)
  if (taxIdVerifiedAt !== undefined) update.tax_id_verified_at = taxIdVerifiedAt

  const exemption =
    change.exemption === undefined
      ? before.exemption_certificate
        ? { certificate: before.exemption_certificate, state: before.exemption_state, expires_at: before.exemption_expires_at }
        : null
      : change.exemption && { ...change.exemption, state: change.exemption.state.toUpperCase() }
  if (change.exemption !== undefined) {
    update.exemption_certificate = exemption?.certificate ?? null
    update.exemption_state = exemption?.state ?? null
    update.exemption_expires_at = exemption?.expires_at ?? null
  }
  const exemptionChanged =
    (exemption?.certificate ?? null) !== before.exemption_certificate ||
    (exemption?.state ?? null) !== before.exemption_state ||
    (exemption?.expires_at ?? null) !== before.exemption_expires_at
  const exemptionVerifiedAt = verifiedAt(!!exemption, change.exemption_verified, exemptionChanged, before.exemption_verified_at, now)
  if (exemptionVerifiedAt !== undefined) update.exemption_verified_at = exemptionVerifiedAt
  return update
}

const isoOrNull = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** A unit's stored tax fields as the contract's TaxProfile (a certificate counts only when complete). */
export function taxProfileOfRecord(unit: StoredTaxRecord): TaxProfile {
  return {
    tax_id: unit.tax_id ?? null,
    tax_id_verified_at: isoOrNull(unit.tax_id_verified_at),
    exemption:
      unit.exemption_certificate && unit.exemption_state && unit.exemption_expires_at
        ? {
            certificate: unit.exemption_certificate,
            state: unit.exemption_state,
            expires_at: unit.exemption_expires_at,
            verified_at: isoOrNull(unit.exemption_verified_at),
          }
        : null,
  }
}
