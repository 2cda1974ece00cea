import { Cart, Customer } from "../../types"

export type AddressFields = {
  email: string
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
}

export const FIELD_LABELS: Record<keyof AddressFields, string> = {
  email: "Email",
  first_name: "First name",
  last_name: "Last name",
  address_1: "Street and number",
  city: "City",
  postal_code: "Postal code",
  country_code: "Country",
}

/** What the form starts with: the cart's saved address, else what we know about the customer. */
export function initialAddress(cart: Cart, customer: Customer | null, countries: Country[]): AddressFields {
  const saved = cart.shipping_address
  const savedCountryShips = countries.some((country) => country.code === saved?.country_code)
  return {
    // A logged-in customer's orders go to their account email.
    email: customer?.email ?? cart.email ?? "",
    first_name: saved?.first_name ?? customer?.first_name ?? "",
    last_name: saved?.last_name ?? customer?.last_name ?? "",
    address_1: saved?.address_1 ?? "",
    city: saved?.city ?? "",
    postal_code: saved?.postal_code ?? "",
    country_code: savedCountryShips && saved?.country_code ? saved.country_code : countries[0]?.code ?? "",
  }
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Problems per field, checked before anything is sent to the backend. */
export function validateAddress(fields: AddressFields): Partial<Record<keyof AddressFields, string>> {
  const problems: Partial<Record<keyof AddressFields, string>> = {}
  for (const key of Object.keys(FIELD_LABELS) as (keyof AddressFields)[]) {
    if (!fields[key].trim()) problems[key] = `${FIELD_LABELS[key]} is required.`
  }
  if (!problems.email && !EMAIL_PATTERN.test(fields.email.trim())) problems.email = "Please enter a valid email address."
  return problems
}

export function hasSavedAddress(cart: Cart): boolean {
  return Boolean(cart.email && cart.shipping_address?.address_1)
}

export type Country = { code: string; name: string }

type RegionCountry = { iso_2?: string | null; display_name?: string | null; name?: string | null }

/** The countries a region ships to, as (lowercase ISO code, readable name) in alphabetical order. */
export function shippingCountries(regionCountries: RegionCountry[] | null | undefined): Country[] {
  return (regionCountries ?? [])
    .filter((country): country is RegionCountry & { iso_2: string } => Boolean(country.iso_2))
    .map((country) => ({ code: country.iso_2, name: country.display_name ?? country.name ?? country.iso_2.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
