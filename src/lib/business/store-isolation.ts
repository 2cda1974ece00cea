import { Permission } from "./permissions"

/**
 * Who reaches what through Medusa's own store routes (README, "Medusa store routes and
 * channel/company isolation"). Pure functions: the middlewares in
 * src/api/store/isolation/middlewares.ts feed them what one Query read.
 */

export type OrderAccessFacts = {
  order: { customer_id: string | null; sales_channel_id: string | null; business_unit_id: string | null }
  /** The sales channels of the request's publishable key. */
  key_channel_ids: string[]
  caller_customer_id: string | null
  /** The caller's effective permissions in the order's unit; empty when not an associate there. */
  caller_permissions: ReadonlySet<Permission>
}

/**
 * An order of no business unit keeps Medusa's rule (its id is the secret: a guest reads their
 * B2C confirmation). A business unit's order is company data: only through a key of its
 * channel, and only for the customer who placed it or a colleague allowed to see everyone's
 * orders of the unit.
 */
export function mayReadOrder(facts: OrderAccessFacts): boolean {
  const { order } = facts
  if (!order.business_unit_id) return true
  if (!order.sales_channel_id || !facts.key_channel_ids.includes(order.sales_channel_id)) return false
  if (facts.caller_customer_id && facts.caller_customer_id === order.customer_id) return true
  return facts.caller_permissions.has("orders.view_others")
}

/**
 * A business unit's order belongs to the unit (invoice, credit, approvals, budgets): it never
 * changes hands through Medusa's order-transfer routes, whoever asks.
 */
export function mayTransferOrder(order: { business_unit_id: string | null }): boolean {
  return !order.business_unit_id
}

export type ProductReach = {
  id: string
  status?: string | null
  sales_channels?: ({ id: string } | null)[] | null
}

/** A store key reaches a product only when it is published and sold in one of the key's channels. */
export function isProductInKeyChannels(product: ProductReach, keyChannelIds: string[]): boolean {
  if (product.status !== "published") return false
  return (product.sales_channels ?? []).some((channel) => !!channel && keyChannelIds.includes(channel.id))
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

/** Ids of every product inside `products` lists anywhere in a response body (a JSON value). */
export function productIdsIn(body: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(body)) {
    body.forEach((item) => productIdsIn(item, found))
  } else if (isObject(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (key === "products" && Array.isArray(value)) {
        value.forEach((product) => isObject(product) && typeof product.id === "string" && found.add(product.id))
      }
      productIdsIn(value, found)
    }
  }
  return found
}

/**
 * The body with every `products` list (at any depth: categories, their children, collections,
 * tags, types) narrowed to the visible products. A product without an id cannot be checked and
 * is dropped too. `body` is a JSON value (plain objects and arrays).
 */
export function withVisibleProducts<T>(body: T, visible: ReadonlySet<string>): T {
  if (Array.isArray(body)) return body.map((item) => withVisibleProducts(item, visible)) as T
  if (!isObject(body)) return body
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    const kept = key === "products" && Array.isArray(value)
      ? value.filter((product) => isObject(product) && typeof product.id === "string" && visible.has(product.id))
      : value
    copy[key] = withVisibleProducts(kept, visible)
  }
  return copy as T
}

/**
 * Fields that name a `products` relation, completed with that relation's id so every expanded
 * product can be checked (`category_children.products.title` also asks
 * `category_children.products.id`).
 */
export function productIdFields(fields: string[]): string[] {
  const extra = new Set<string>()
  for (const field of fields) {
    const path = field.replace(/^[*+-]/, "").split(".")
    path.forEach((segment, i) => {
      if (segment === "products") extra.add([...path.slice(0, i), "products", "id"].join("."))
    })
  }
  return [...extra].filter((field) => !fields.includes(field))
}
