import type { UnitAddress, UnitAddressInput } from "../../../lib/business/contract"
import { Errors, optionalText } from "../../lib/validation"

/** The address's text fields in form order, with their labels; the required ones the backend refuses empty. */
export const ADDRESS_FIELDS = [
  { key: "label", label: "Label", hint: "e.g. Warehouse or Head office" },
  { key: "company", label: "Company" },
  { key: "first_name", label: "First name" },
  { key: "last_name", label: "Last name" },
  { key: "address_1", label: "Address", required: true },
  { key: "address_2", label: "Address line 2" },
  { key: "postal_code", label: "Postal code", required: true },
  { key: "city", label: "City", required: true },
  { key: "province", label: "Province / state" },
  { key: "country_code", label: "Country", required: true, hint: "2-letter ISO code, e.g. DE" },
  { key: "phone", label: "Phone" },
] as const

type TextKey = (typeof ADDRESS_FIELDS)[number]["key"]
export type AddressFormValues = Record<TextKey, string> & { is_default_shipping: boolean; is_default_billing: boolean }
export type AddressFormErrors = Errors<TextKey>

export const addressFormFrom = (address: UnitAddress | null): AddressFormValues => ({
  ...(Object.fromEntries(ADDRESS_FIELDS.map(({ key }) => [key, address?.[key] ?? ""])) as Record<TextKey, string>),
  is_default_shipping: address?.is_default_shipping ?? false,
  is_default_billing: address?.is_default_billing ?? false,
})

export function validateAddressForm(values: AddressFormValues): AddressFormErrors {
  const errors: AddressFormErrors = {}
  for (const field of ADDRESS_FIELDS) {
    if ("required" in field && !values[field.key].trim()) errors[field.key] = `Give the ${field.label.toLowerCase()}`
  }
  if (values.country_code.trim() && !/^[a-zA-Z]{2}$/.test(values.country_code.trim())) errors.country_code = "A 2-letter ISO code, e.g. DE"
  if (values.postal_code.trim().length > 20) errors.postal_code = "At most 20 characters"
  return errors
}

/** The body of POST /admin/business-units/:id/addresses(/:address_id): every field, cleared ones as null. */
export function addressInputFrom(values: AddressFormValues): UnitAddressInput {
  return {
    label: optionalText(values.label),
    company: optionalText(values.company),
    first_name: optionalText(values.first_name),
    last_name: optionalText(values.last_name),
    address_1: values.address_1.trim(),
    address_2: optionalText(values.address_2),
    city: values.city.trim(),
    province: optionalText(values.province),
    postal_code: values.postal_code.trim(),
    country_code: values.country_code.trim().toLowerCase(),
    phone: optionalText(values.phone),
    is_default_shipping: values.is_default_shipping,
    is_default_billing: values.is_default_billing,
  }
}
