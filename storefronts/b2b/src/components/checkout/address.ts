import type { UnitAddress } from "../../../../../src/lib/business/contract"
import { Cart, Customer } from "../../types"

export type AddressForm = {
  first_name: string
  last_name: string
  company: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone: string
}

/**
 * Where the form starts: the address already on the cart (a resumed checkout), else the unit's
 * default shipping address, else the buyer's name and the unit's name with the region's first country.
 */
export function initialAddress(cart: Cart, unitAddress: UnitAddress | null, customer: Customer, unitName: string, fallbackCountry: string): AddressForm {
  const source = cart.shipping_address?.address_1 ? cart.shipping_address : unitAddress
  return {
    first_name: source?.first_name ?? customer.first_name ?? "",
    last_name: source?.last_name ?? customer.last_name ?? "",
    company: source?.company ?? unitName,
    address_1: source?.address_1 ?? "",
    city: source?.city ?? "",
    postal_code: source?.postal_code ?? "",
    country_code: (source?.country_code ?? fallbackCountry).toLowerCase(),
    phone: source?.phone ?? "",
  }
}

export function missingAddressFields(address: AddressForm): string[] {
  const required: [keyof AddressForm, string][] = [
    ["first_name", "first name"],
    ["last_name", "last name"],
    ["address_1", "street"],
    ["city", "city"],
    ["postal_code", "postal code"],
    ["country_code", "country"],
  ]
  return required.filter(([field]) => !address[field].trim()).map(([, label]) => label)
}

export function trimmedAddress(address: AddressForm) {
  return Object.fromEntries(Object.entries(address).map(([key, value]) => [key, value.trim()])) as AddressForm
}
