import { StoredTaxRecord, taxRecordUpdate } from "../profile"

const now = new Date("2026-12-01T12:00:00.000Z")
const earlier = new Date("2026-11-01T09:00:00.000Z")
const stored = (r: Partial<StoredTaxRecord> = {}): StoredTaxRecord => ({
  tax_id: null,
  tax_id_verified_at: null,
  exemption_certificate: null,
  exemption_state: null,
  exemption_expires_at: null,
  exemption_verified_at: null,
  ...r,
})

describe("taxRecordUpdate", () => {
  it("dates the merchant's verification of a VAT id and keeps the first date while the id stays", () => {
    expect(taxRecordUpdate(stored({ tax_id: "ATU12345678" }), { tax_id_verified: true }, now)).toEqual({ tax_id_verified_at: now })
    expect(taxRecordUpdate(stored({ tax_id: "ATU12345678", tax_id_verified_at: earlier }), { tax_id: "atu 12345678", tax_id_verified: true }, now)).toEqual({
      tax_id: "ATU12345678",
      tax_id_verified_at: earlier,
    })
  })

  it("drops the verification when the VAT id changes or is removed, unless the new id is verified at once", () => {
    const verified = stored({ tax_id: "ATU12345678", tax_id_verified_at: earlier })
    expect(taxRecordUpdate(verified, { tax_id: "ATU99999999" }, now)).toEqual({ tax_id: "ATU99999999", tax_id_verified_at: null })
    expect(taxRecordUpdate(verified, { tax_id: null, tax_id_verified: true }, now)).toEqual({ tax_id: null, tax_id_verified_at: null })
    expect(taxRecordUpdate(verified, { tax_id: "ATU99999999", tax_id_verified: true }, now)).toEqual({ tax_id: "ATU99999999", tax_id_verified_at: now })
  })

  it("stores a certificate with its state in capitals and verifies it; a new expiry needs a new verification", () => {
    const certificate = { certificate: "CA-RS-1", state: "ca", expires_at: "2027-06-30" }
    expect(taxRecordUpdate(stored(), { exemption: certificate, exemption_verified: true }, now)).toEqual({
      exemption_certificate: "CA-RS-1",
      exemption_state: "CA",
      exemption_expires_at: "2027-06-30",
      exemption_verified_at: now,
    })
    const held = stored({ exemption_certificate: "CA-RS-1", exemption_state: "CA", exemption_expires_at: "2027-06-30", exemption_verified_at: earlier })
    expect(taxRecordUpdate(held, { exemption: { ...certificate, expires_at: "2028-06-30" } }, now).exemption_verified_at).toBeNull()
    expect(taxRecordUpdate(held, { exemption_verified: false }, now)).toEqual({ exemption_verified_at: null })
  })
})
