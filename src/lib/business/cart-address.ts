import { taxProvinceCode } from "../tax/treatment"

/** The fields a unit address gives a cart or order address (Medusa's address shape). */
export const CART_ADDRESS_FIELDS = ["company", "first_name", "last_name", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"] as const

export type CartAddress = Partial<Record<(typeof CART_ADDRESS_FIELDS)[number], string>>

/** A business-unit address (or a stored copy of one) as a cart's shipping or billing address; empty fields are left out. */
export function cartAddressOf(address: Partial<Record<string, unknown>>): CartAddress {
  const fields: CartAddress = Object.fromEntries(CART_ADDRESS_FIELDS.flatMap((field) => (address[field] == null ? [] : [[field, String(address[field])]])))
  return fields.province ? { ...fields, province: taxProvinceCode(fields.country_code, fields.province)! } : fields
}
