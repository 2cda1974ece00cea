import { MedusaNextFunction, MedusaResponse, MedusaStoreRequest, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { Permission } from "../../../lib/business/permissions"
import {
  isProductInKeyChannels,
  mayReadOrder,
  mayTransferOrder,
  productIdFields,
  productIdsIn,
  ProductReach,
  withVisibleProducts,
} from "../../../lib/business/store-isolation"
import { loadBusinessContext, loggedInCustomerId } from "../../utils/business-context"
import { StoreReorder } from "../business/carts/validators"
import { assertCartReadable, guardBodyCart } from "../carts/middlewares"

/**
 * Medusa's own store routes, closed where they would hand out another channel's products or
 * another company's orders (README, "Medusa store routes and channel/company isolation").
 * The rules are plain functions in src/lib/business/store-isolation.ts.
 */

type OrderRow = { id: string; customer_id: string | null; sales_channel_id: string | null; business_unit?: { id: string } | null }

const keyChannelIds = (req: MedusaStoreRequest<any>) => req.publishable_key_context?.sales_channel_ids ?? []

/** Medusa's own answer for an order id that does not exist: a refused order must look the same. */
export const orderNotFound = (orderId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order id not found: ${orderId}`)

async function loadOrder(req: MedusaStoreRequest<any>, orderId: string): Promise<OrderRow | undefined> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "sales_channel_id", "business_unit.id"],
    filters: { id: orderId },
  })
  return data[0] as OrderRow | undefined
}

/**
 * The caller's permissions in the order's unit. Only asked when the caller is someone other
 * than the order's customer. A business-unit header naming a unit not theirs reads as "no
 * permissions" (its own 404 would tell a business order from a missing one).
 */
async function permissionsInUnit(req: MedusaStoreRequest<any>, customerId: string, unitId: string): Promise<ReadonlySet<Permission>> {
  try {
    const business = await loadBusinessContext(req, customerId)
    return business.canAct(unitId) ? business.permissionsIn(unitId) : new Set()
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND) return new Set()
    throw error
  }
}

async function callerMayRead(req: MedusaStoreRequest<any>, order: OrderRow): Promise<boolean> {
  const unitId = order.business_unit?.id ?? null
  const customerId = loggedInCustomerId(req)
  const asksPermissions = !!unitId && !!customerId && customerId !== order.customer_id
  return mayReadOrder({
    order: { customer_id: order.customer_id, sales_channel_id: order.sales_channel_id, business_unit_id: unitId },
    key_channel_ids: keyChannelIds(req),
    caller_customer_id: customerId,
    caller_permissions: asksPermissions ? await permissionsInUnit(req, customerId!, unitId!) : new Set(),
  })
}

/** GET /store/orders/:id: a business unit's order answers like a missing one to whoever may not read it. */
export async function guardOrderRead(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const order = await loadOrder(req, req.params.id)
  if (order && !(await callerMayRead(req, order))) throw orderNotFound(req.params.id)
  next()
}

/**
 * Using a past order's lines (reorder, the order as a CSV): a business unit's order by those
 * who may read it, any other order only by the customer who placed it (its id alone is not
 * enough to act on it). Anyone else gets the missing-order answer.
 */
export async function assertPastOrderUsable(req: MedusaStoreRequest<any>, orderId: string) {
  const customerId = loggedInCustomerId(req)
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to use a past order")
  const order = await loadOrder(req, orderId)
  const allowed = !!order && (order.business_unit?.id ? await callerMayRead(req, order) : order.customer_id === customerId)
  if (!allowed) throw orderNotFound(orderId)
}

/** A past order in the path (reorder, its CSV): see assertPastOrderUsable. */
export async function guardPastOrderUse(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertPastOrderUsable(req, req.params.id)
  next()
}

/**
 * POST /store/orders/:id/transfer/*: a business unit's order never changes hands. Those who may
 * read it learn why (403); anyone else gets the missing-order answer.
 */
export async function guardOrderTransfer(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const order = await loadOrder(req, req.params.id)
  if (order && !mayTransferOrder({ business_unit_id: order.business_unit?.id ?? null })) {
    if (!(await callerMayRead(req, order))) throw orderNotFound(req.params.id)
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "This order belongs to a business unit: it cannot be transferred to another customer"
    )
  }
  next()
}

/** POST /store/returns: returning items of an order needs the right to read that order. */
export async function guardReturnOrder(req: MedusaStoreRequest<{ order_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = (req.validatedBody as { order_id?: string } | undefined)?.order_id ?? req.body?.order_id
  const order = typeof orderId === "string" ? await loadOrder(req, orderId) : undefined
  if (order && !(await callerMayRead(req, order))) throw orderNotFound(order.id)
  next()
}

/**
 * GET /store/orders lists the caller's own orders; through a key only those of the key's
 * channels, so the B2C shop does not list Wholesale orders (and their Wholesale-only lines).
 */
export function ordersOfKeyChannels(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.filterableFields = { ...req.filterableFields, sales_channel_id: keyChannelIds(req) }
  next()
}

/** Shipping options are computed from a cart: the caller must be allowed to read that cart. */
export async function guardShippingOptionsCart(req: MedusaStoreRequest<{ cart_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const fromQuery = (req.filterableFields as { cart_id?: unknown } | undefined)?.cart_id ?? req.query?.cart_id
  const cartId = req.method === "GET" ? fromQuery : ((req.validatedBody as { cart_id?: string } | undefined)?.cart_id ?? req.body?.cart_id)
  if (typeof cartId === "string" && cartId) await assertCartReadable(req, cartId)
  next()
}

/** Of the given products, those the request's key reaches (one Query for all of them). */
async function productsInKeyChannels(req: MedusaStoreRequest<any>, productIds: string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "status", "sales_channels.id"], filters: { id: productIds } })
  const channels = keyChannelIds(req)
  return new Set((data as ProductReach[]).filter((p) => isProductInKeyChannels(p, channels)).map((p) => p.id))
}

async function keyChannelBody(req: MedusaStoreRequest<any>, body: unknown): Promise<unknown> {
  if (body === undefined || body === null) return body
  // The JSON form is what the client gets; narrowing it leaves dates and amounts as they are sent.
  const plain = JSON.parse(JSON.stringify(body))
  const ids = [...productIdsIn(plain)]
  return ids.length ? withVisibleProducts(plain, await productsInKeyChannels(req, ids)) : plain
}

/**
 * Categories, collections, tags and types can expand to their products (`fields=*products`),
 * which Medusa does not narrow to the key's sales channels. The answer keeps only products the
 * key reaches; each expanded products relation also fetches its ids so every product is checked.
 */
export function keepKeyChannelProducts(req: MedusaStoreRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.queryConfig?.fields
  if (Array.isArray(fields)) fields.push(...productIdFields(fields))
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    keyChannelBody(req, body).then(send, next)
    return res
  }) as MedusaResponse["json"]
  next()
}

const PRODUCT_GROUPINGS = ["product-categories", "collections", "product-tags", "product-types"]

export const storeIsolationMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders", middlewares: [ordersOfKeyChannels] },
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [guardOrderRead] },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/reorder",
    middlewares: [guardPastOrderUse, validateAndTransformBody(StoreReorder), guardBodyCart],
  },
  ...["request", "cancel", "accept", "decline"].map((action) => ({
    method: ["POST"] as MiddlewareRoute["method"],
    matcher: `/store/orders/:id/transfer/${action}`,
    middlewares: [guardOrderTransfer],
  })),
  { method: ["POST"], matcher: "/store/returns", middlewares: [guardReturnOrder] },
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [guardShippingOptionsCart] },
  { method: ["POST"], matcher: "/store/shipping-options/:id/calculate", middlewares: [guardShippingOptionsCart] },
  ...PRODUCT_GROUPINGS.flatMap((grouping) => [`/store/${grouping}`, `/store/${grouping}/:id`]).map((matcher) => ({
    method: ["GET"] as MiddlewareRoute["method"],
    matcher,
    middlewares: [keepKeyChannelProducts],
  })),
]
