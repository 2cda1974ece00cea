import { CartForDelivery, deliveryOptionsCacheKey } from "../delivery-options"

const cart: CartForDelivery = {
  id: "cart_1",
  region_id: "reg_eu",
  currency_code: "eur",
  sales_channel_id: "sc_wholesale",
  customer_id: "cus_1",
  item_total: 120,
  total: 125.9,
  shipping_address: { id: "addr_1", country_code: "de", postal_code: "10115", city: "Berlin", updated_at: "2026-12-01" },
  items: [
    { variant_id: "v_a", quantity: 2 },
    { variant_id: "v_b", quantity: 1 },
  ],
}

describe("the delivery options' cache key", () => {
  it("is the same for the same cart read twice, whatever the order of its lines or the address's bookkeeping", () => {
    const again = { ...cart, items: [...cart.items!].reverse(), shipping_address: { ...cart.shipping_address, id: "addr_2", updated_at: "2026-12-02" } }
    expect(deliveryOptionsCacheKey(again)).toBe(deliveryOptionsCacheKey(cart))
  })

  it.each<[string, Partial<CartForDelivery>]>([
    ["a line's quantity", { items: [{ variant_id: "v_a", quantity: 3 }, { variant_id: "v_b", quantity: 1 }] }],
    ["a new line", { items: [...cart.items!, { variant_id: "v_c", quantity: 1 }] }],
    ["the postal code", { shipping_address: { ...cart.shipping_address, postal_code: "80331" } }],
    ["the country", { shipping_address: { ...cart.shipping_address, country_code: "at" } }],
    ["the item total (a rule may offer free delivery above it)", { item_total: 250 }],
    ["the customer", { customer_id: "cus_2" }],
    ["the channel", { sales_channel_id: "sc_retail" }],
    ["the region", { region_id: "reg_us", currency_code: "usd" }],
    ["another cart", { id: "cart_2" }],
  ])("changes with %s", (_change, patch) => {
    expect(deliveryOptionsCacheKey({ ...cart, ...patch })).not.toBe(deliveryOptionsCacheKey(cart))
  })
})
