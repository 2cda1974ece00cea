import { TaxProfile, TaxTreatmentKind } from "./contract"

/**
 * Which tax an order carries, decided from who buys (a business unit's verified VAT id or US
 * resale certificate, or no unit: a consumer), where the goods go and where the seller is.
 * Our tax provider applies the answer to Medusa's rates; the completion check compares it with
 * the cart's tax lines, so every path into an order is taxed by this one function.
 */

export const EU_MEMBER_STATES = [
  "at", "be", "bg", "cy", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hr", "hu",
  "ie", "it", "lt", "lu", "lv", "mt", "nl", "pl", "pt", "ro", "se", "si", "sk",
]

export type ShipTo = { country_code: string | null | undefined; province?: string | null }

export type TreatmentInput = {
  /** The seller's country (ISO 3166-1 alpha-2). */
  seller_country: string
  ship_to: ShipTo | null
  /** The buying unit's tax standing; null for a consumer. */
  unit: TaxProfile | null
  /** Today as YYYY-MM-DD: a certificate is valid through its expiry day. */
  today: string
}

export type TaxTreatment = { kind: TaxTreatmentKind; reason: string }

const isEu = (country: string | null | undefined) => !!country && EU_MEMBER_STATES.includes(country.toLowerCase())

/** The member state of a VAT id: its two-letter prefix (Greece writes EL). */
export function vatIdCountry(taxId: string | null | undefined): string | null {
  const prefix = (taxId ?? "").replace(/\s+/g, "").slice(0, 2).toLowerCase()
  if (!/^[a-z]{2}$/.test(prefix)) return null
  return prefix === "el" ? "gr" : prefix
}

/** A US state as its two upper-case letters, from "CA", "ca" or the ISO 3166-2 "US-CA". */
export function usStateOf(province: string | null | undefined): string | null {
  const code = (province ?? "").trim().toUpperCase().replace(/^US-/, "")
  return /^[A-Z]{2}$/.test(code) ? code : null
}

/**
 * The subdivision code Medusa's tax regions are matched by (ISO 3166-2, lower case: "us-ca"),
 * for an address whose province was typed as "CA"; other countries' provinces pass unchanged.
 */
export function taxProvinceCode(countryCode: string | null | undefined, province: string | null | undefined): string | null {
  if (!province) return null
  if ((countryCode ?? "").toLowerCase() !== "us") return province
  const state = usStateOf(province)
  return state ? `us-${state.toLowerCase()}` : province
}

export function chooseTaxTreatment({ seller_country, ship_to, unit, today }: TreatmentInput): TaxTreatment {
  if (!unit) return { kind: "consumer", reason: "no business unit: consumer rates of the ship-to country" }
  const destination = ship_to?.country_code?.toLowerCase() ?? null
  const seller = seller_country.toLowerCase()

  if (isEu(destination)) {
    const vatCountry = vatIdCountry(unit.tax_id)
    if (!unit.tax_id || !vatCountry) return { kind: "standard", reason: "no VAT id" }
    if (!unit.tax_id_verified_at) return { kind: "standard", reason: "VAT id not verified" }
    if (!isEu(vatCountry)) return { kind: "standard", reason: "VAT id of a country outside the EU" }
    if (vatCountry === seller || destination === seller) return { kind: "standard", reason: "domestic supply" }
    return { kind: "reverse_charge", reason: "verified VAT id of another member state, goods leave the seller's country" }
  }

  if (destination === "us") {
    const exemption = unit.exemption
    if (!exemption) return { kind: "standard", reason: "no exemption certificate" }
    if (!exemption.verified_at) return { kind: "standard", reason: "exemption certificate not verified" }
    if (exemption.expires_at < today) return { kind: "standard", reason: "exemption certificate expired" }
    if (usStateOf(exemption.state) !== usStateOf(ship_to?.province)) return { kind: "standard", reason: "exemption certificate of another state" }
    return { kind: "exempt", reason: "verified resale certificate of the ship-to state" }
  }

  return { kind: "standard", reason: "rates of the ship-to country" }
}
