import { cartPermissionsNeeded } from "../cart-access"

describe("permissions needed on a business unit's cart", () => {
  it("reads with view (or update) rights, own or others'", () => {
    expect(cartPermissionsNeeded("GET", "/store/carts/c1", true)).toEqual(["carts.view_own", "carts.update_own"])
    expect(cartPermissionsNeeded("GET", "/store/carts/c1", false)).toEqual(["carts.view_others", "carts.update_others"])
  })

  it("changes lines, addresses and shipping with update rights", () => {
    expect(cartPermissionsNeeded("POST", "/store/carts/c1/line-items", true)).toEqual(["carts.update_own"])
    expect(cartPermissionsNeeded("DELETE", "/store/carts/c1/line-items/li1", false)).toEqual(["carts.update_others"])
    expect(cartPermissionsNeeded("POST", "/store/carts/c1", false)).toEqual(["carts.update_others"])
  })

  it("completes only with the right to place orders", () => {
    expect(cartPermissionsNeeded("POST", "/store/carts/c1/complete", true)).toEqual(["orders.place_own"])
    expect(cartPermissionsNeeded("POST", "/store/carts/c1/complete", false)).toEqual(["orders.place_others"])
  })
})
