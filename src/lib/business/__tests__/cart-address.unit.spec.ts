import { cartAddressOf } from "../cart-address"

describe("a unit address as a cart address", () => {
  it("keeps the address fields, leaves out empty ones and anything that is not an address field", () => {
    const unitAddress = { id: "buaddr_1", label: "Café Mitte", company: null, first_name: "Bea", last_name: "Buyer", address_1: "Torstraße 5", address_2: null, city: "Berlin", province: undefined, postal_code: "10119", country_code: "de", phone: "+49 30 1", is_default_shipping: true }
    expect(cartAddressOf(unitAddress)).toEqual({ first_name: "Bea", last_name: "Buyer", address_1: "Torstraße 5", city: "Berlin", postal_code: "10119", country_code: "de", phone: "+49 30 1" })
  })
})
