import { TaxProfile } from "../contract"
import { chooseTaxTreatment, taxProvinceCode, usStateOf, vatIdCountry } from "../treatment"

const today = "2026-12-01"
const verified = "2026-11-20T10:00:00.000Z"
const profile = (p: Partial<TaxProfile>): TaxProfile => ({ tax_id: null, tax_id_verified_at: null, exemption: null, ...p })
const choose = (unit: TaxProfile | null, country: string, province: string | null = null) =>
  chooseTaxTreatment({ seller_country: "de", ship_to: { country_code: country, province }, unit, today }).kind

describe("chooseTaxTreatment", () => {
  it("charges a consumer the ship-to country's rates", () => {
    expect(choose(null, "de")).toBe("consumer")
    expect(choose(null, "at")).toBe("consumer")
  })

  it("charges a domestic business German VAT even with a verified VAT id", () => {
    expect(choose(profile({ tax_id: "DE811111111", tax_id_verified_at: verified }), "de")).toBe("standard")
  })

  it("reverse-charges a verified VAT id of another member state shipping there", () => {
    expect(choose(profile({ tax_id: "ATU12345678", tax_id_verified_at: verified }), "at")).toBe("reverse_charge")
    expect(choose(profile({ tax_id: "EL123456789", tax_id_verified_at: verified }), "fr")).toBe("reverse_charge")
  })

  it("charges VAT when the VAT id is not verified, when the goods stay in Germany, or when the id is not European", () => {
    expect(choose(profile({ tax_id: "ATU12345678" }), "at")).toBe("standard")
    expect(choose(profile({ tax_id: "ATU12345678", tax_id_verified_at: verified }), "de")).toBe("standard")
    expect(choose(profile({ tax_id: "GB999999973", tax_id_verified_at: verified }), "fr")).toBe("standard")
    expect(choose(profile({ tax_id: null, tax_id_verified_at: verified }), "at")).toBe("standard")
  })

  it("exempts a verified, unexpired resale certificate in its own state only", () => {
    const exempt = profile({ exemption: { certificate: "CA-RS-1", state: "CA", expires_at: "2027-06-30", verified_at: verified } })
    expect(choose(exempt, "us", "CA")).toBe("exempt")
    expect(choose(exempt, "us", "us-ca")).toBe("exempt")
    expect(choose(exempt, "us", "NY")).toBe("standard")
  })

  it("charges sales tax once the certificate has expired (valid through its expiry day) or while it is unverified", () => {
    const on = (expires_at: string, verified_at: string | null = verified) =>
      choose(profile({ exemption: { certificate: "CA-RS-1", state: "CA", expires_at, verified_at } }), "us", "CA")
    expect(on("2026-11-30")).toBe("standard")
    expect(on(today)).toBe("exempt")
    expect(on("2027-01-01", null)).toBe("standard")
  })
})

describe("codes", () => {
  it("reads the member state of a VAT id and the state of a US province", () => {
    expect(vatIdCountry("ATU12345678")).toBe("at")
    expect(vatIdCountry("EL123")).toBe("gr")
    expect(vatIdCountry("12345")).toBeNull()
    expect(usStateOf("us-ny")).toBe("NY")
    expect(usStateOf("California")).toBeNull()
  })

  it("gives US provinces the ISO 3166-2 code Medusa's tax regions use and leaves others alone", () => {
    expect(taxProvinceCode("us", "CA")).toBe("us-ca")
    expect(taxProvinceCode("US", "us-ny")).toBe("us-ny")
    expect(taxProvinceCode("de", "BE")).toBe("BE")
    expect(taxProvinceCode("us", null)).toBeNull()
  })
})
