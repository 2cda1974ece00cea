import type { Errors } from "../../lib/validation"

/** Checks before sending; the backend checks the same and answers its own message. */

const VAT_ID = /^[A-Za-z]{2}[A-Za-z0-9+*]{2,12}$/
const US_STATE = /^[A-Za-z]{2}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** "" → null (no VAT id); otherwise the id without spaces, as the backend stores it. */
export const vatIdInput = (value: string): string | null => value.replace(/\s+/g, "").toUpperCase() || null

export function vatIdError(value: string): string | undefined {
  const taxId = vatIdInput(value)
  return taxId && !VAT_ID.test(taxId) ? "Two letters of the country, then 2 to 12 letters or digits (ATU12345678)" : undefined
}

export type CertificateFields = { certificate: string; state: string; expires_at: string }

export const EMPTY_CERTIFICATE: CertificateFields = { certificate: "", state: "", expires_at: "" }

export function certificateErrors(fields: CertificateFields): Errors<keyof CertificateFields> {
  return {
    certificate: fields.certificate.trim() ? undefined : "The certificate number is required",
    state: US_STATE.test(fields.state.trim()) ? undefined : "A two-letter US state code (CA)",
    expires_at: DAY.test(fields.expires_at) ? undefined : "The last day the certificate is valid",
  }
}

/** A certificate is valid through its expiry day (both as YYYY-MM-DD, in UTC like the backend). */
export const isExpired = (expiresAt: string, today = new Date().toISOString().slice(0, 10)) => expiresAt < today
