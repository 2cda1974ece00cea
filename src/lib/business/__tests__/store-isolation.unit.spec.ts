import { Permission } from "../permissions"
import {
  isProductInKeyChannels,
  mayReadOrder,
  mayTransferOrder,
  OrderAccessFacts,
  productIdFields,
  productIdsIn,
  withVisibleProducts,
} from "../store-isolation"

const B2B_ORDER = { customer_id: "cus_bea", sales_channel_id: "sc_wholesale", business_unit_id: "bu_berlin" }
const facts = (overrides: Partial<OrderAccessFacts>, permissions: Permission[] = []): OrderAccessFacts => ({
  order: B2B_ORDER,
  key_channel_ids: ["sc_wholesale"],
  caller_customer_id: null,
  caller_permissions: new Set(permissions),
  ...overrides,
})

describe("who may read an order through the store API", () => {
  it("keeps Medusa's rule for an order of no business unit: its id is enough", () => {
    const b2c = { customer_id: null, sales_channel_id: "sc_retail", business_unit_id: null }
    expect(mayReadOrder(facts({ order: b2c }))).toBe(true)
    expect(mayReadOrder(facts({ order: b2c, key_channel_ids: ["sc_wholesale"] }))).toBe(true)
  })

  it("lets the customer who placed a business order read it through a key of its channel", () => {
    expect(mayReadOrder(facts({ caller_customer_id: "cus_bea" }))).toBe(true)
  })

  it("lets a colleague read it with orders.view_others", () => {
    expect(mayReadOrder(facts({ caller_customer_id: "cus_arno" }, ["orders.view_own", "orders.view_others"]))).toBe(true)
  })

  it("refuses a colleague with only orders.view_own, another company's associate and a guest", () => {
    expect(mayReadOrder(facts({ caller_customer_id: "cus_bea2" }, ["orders.view_own", "carts.view_others"]))).toBe(false)
    expect(mayReadOrder(facts({ caller_customer_id: "cus_globex" }))).toBe(false)
    expect(mayReadOrder(facts({}))).toBe(false)
  })

  it("refuses everyone, the buyer too, through a key of another channel", () => {
    expect(mayReadOrder(facts({ caller_customer_id: "cus_bea", key_channel_ids: ["sc_retail"] }))).toBe(false)
    expect(mayReadOrder(facts({ caller_customer_id: "cus_arno", key_channel_ids: ["sc_retail"] }, ["orders.view_others"]))).toBe(false)
    expect(mayReadOrder(facts({ caller_customer_id: "cus_bea", order: { ...B2B_ORDER, sales_channel_id: null } }))).toBe(false)
  })

  it("never transfers a business unit's order, and leaves other orders to Medusa", () => {
    expect(mayTransferOrder(B2B_ORDER)).toBe(false)
    expect(mayTransferOrder({ business_unit_id: null })).toBe(true)
  })
})

describe("products a publishable key reaches", () => {
  it("reaches published products of its channels only", () => {
    const wholesaleOnly = { id: "p1", status: "published", sales_channels: [{ id: "sc_wholesale" }] }
    const both = { id: "p2", status: "published", sales_channels: [{ id: "sc_retail" }, { id: "sc_wholesale" }] }
    const draft = { id: "p3", status: "draft", sales_channels: [{ id: "sc_retail" }] }
    expect(isProductInKeyChannels(wholesaleOnly, ["sc_retail"])).toBe(false)
    expect(isProductInKeyChannels(wholesaleOnly, ["sc_wholesale"])).toBe(true)
    expect(isProductInKeyChannels(both, ["sc_retail"])).toBe(true)
    expect(isProductInKeyChannels(draft, ["sc_retail"])).toBe(false)
    expect(isProductInKeyChannels({ id: "p4", status: "published", sales_channels: null }, ["sc_retail"])).toBe(false)
  })

  it("finds and narrows products lists at any depth, leaving everything else as it was", () => {
    const body = {
      product_categories: [
        {
          id: "pcat_1",
          products: [{ id: "p_retail", title: "Mug" }, { id: "p_wholesale", title: "Pallet" }, { title: "no id" }],
          category_children: [{ id: "pcat_2", products: [{ id: "p_wholesale" }] }],
        },
      ],
      count: 1,
    }
    expect([...productIdsIn(body)].sort()).toEqual(["p_retail", "p_wholesale"])
    expect(withVisibleProducts(body, new Set(["p_retail"]))).toEqual({
      product_categories: [
        { id: "pcat_1", products: [{ id: "p_retail", title: "Mug" }], category_children: [{ id: "pcat_2", products: [] }] },
      ],
      count: 1,
    })
    expect(body.product_categories[0].products).toHaveLength(3)
  })

  it("asks the id of every expanded products relation", () => {
    expect(productIdFields(["id", "products.*", "category_children.products.title"])).toEqual(["products.id", "category_children.products.id"])
    expect(productIdFields(["id", "products.id", "name"])).toEqual([])
    expect(productIdFields(["id", "name"])).toEqual([])
  })
})
