import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed"

/** The axios instance that medusaIntegrationTestRunner hands to a suite. */
export type Api = {
  get: (url: string, config?: object) => Promise<any>
  post: (url: string, body?: object, config?: object) => Promise<any>
}

export type Demo = Awaited<ReturnType<typeof seedDemoData>>

/** Request options that never throw on a 4xx/5xx, so tests can assert the status. */
export function withKey(key: string | undefined, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...extra }
  if (key !== undefined) {
    headers["x-publishable-api-key"] = key
  }
  return { headers, validateStatus: () => true }
}

export async function variantIdBySku(container: MedusaContainer, sku: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
  if (!data[0]) throw new Error(`No variant with SKU ${sku}`)
  return data[0].id
}

/** Sets the stocked quantity of a variant's inventory item at the demo warehouse. */
export async function setStock(container: MedusaContainer, demo: Demo, sku: string, quantity: number) {
  const inventoryItemId = await inventoryItemIdBySku(container, sku)
  const inventory = container.resolve(Modules.INVENTORY)
  await inventory.updateInventoryLevels([
    {
      inventory_item_id: inventoryItemId,
      location_id: demo.fulfillment.stockLocationId,
      stocked_quantity: quantity,
    },
  ])
  return inventoryItemId
}

export async function inventoryItemIdBySku(container: MedusaContainer, sku: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [item] = await inventory.listInventoryItems({ sku })
  if (!item) throw new Error(`No inventory item with SKU ${sku}`)
  return item.id
}

export async function inventoryLevel(container: MedusaContainer, demo: Demo, inventoryItemId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({
    inventory_item_id: inventoryItemId,
    location_id: demo.fulfillment.stockLocationId,
  })
  return level
}

function ok(res: any, step: string) {
  if (res.status !== 200) {
    throw new Error(`${step}: HTTP ${res.status} ${JSON.stringify(res.data)}`)
  }
  return res.data
}

/** Creates a cart in the EU region through a key and adds one line; throws unless both succeed. */
export async function cartWithLine(api: Api, demo: Demo, key: string, variantId: string, quantity = 1) {
  const { cart } = ok(await api.post("/store/carts", { region_id: demo.regions.eu.id }, withKey(key)), "create cart")
  const line = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity }, withKey(key))
  return ok(line, "add line").cart
}

const ADDRESS = {
  first_name: "Alex",
  last_name: "Buyer",
  address_1: "Marktplatz 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

const withCustomer = (key: string, token?: string) => withKey(key, token ? { authorization: `Bearer ${token}` } : {})

export type CheckoutChoices = {
  /** Payment provider of the session (default: Medusa's system provider). */
  provider_id?: string
  /** Take the cheapest shipping option instead of the first listed. */
  cheapestShipping?: boolean
  /** Ship (and bill) elsewhere than Berlin: the fields given replace the default address's. */
  address?: Partial<typeof ADDRESS> & { province?: string }
}

/**
 * Email, address, a shipping option and a payment session: ready to complete.
 * With a customer token the cart keeps that customer's email.
 */
export async function prepareCheckout(api: Api, key: string, cartId: string, token?: string, choices: CheckoutChoices = {}) {
  // One email per guest cart: Medusa creates a guest customer per email, and two carts given
  // the same new email at the same moment race on that insert ("already exists").
  const address = { ...ADDRESS, ...choices.address }
  const addresses = { shipping_address: address, billing_address: address }
  const contact = token ? addresses : { email: `buyer+${cartId}@example.com`, ...addresses }
  const options = withCustomer(key, token)
  ok(await api.post(`/store/carts/${cartId}`, contact, options), "update cart")
  const { shipping_options } = ok(await api.get(`/store/shipping-options?cart_id=${cartId}`, options), "shipping options")
  const byPrice = [...shipping_options].sort((a: any, b: any) => a.amount - b.amount)
  const method = { option_id: (choices.cheapestShipping ? byPrice : shipping_options)[0].id }
  ok(await api.post(`/store/carts/${cartId}/shipping-methods`, method, options), "shipping method")
  const session = { provider_id: choices.provider_id ?? "pp_system_default" }
  const created = await openPaymentSession(api, key, cartId, session.provider_id, token)
  ok(created, "payment session")
}

/** Creates the cart's payment collection and a session with the provider; returns the session response. */
export async function openPaymentSession(api: Api, key: string, cartId: string, provider_id: string, token?: string) {
  const options = withCustomer(key, token)
  const { payment_collection } = ok(await api.post("/store/payment-collections", { cart_id: cartId }, options), "payment collection")
  return api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id }, options)
}

export function completeCart(api: Api, key: string, cartId: string, token?: string) {
  return api.post(`/store/carts/${cartId}/complete`, {}, withCustomer(key, token))
}
