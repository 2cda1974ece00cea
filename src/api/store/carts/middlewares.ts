import {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { approvalModule } from "../../../modules/approval"
import { cartPermissionsNeeded } from "../../../lib/business/cart-access"
import { checkCaller, checkCartOpener } from "../../../lib/business-cart/policy"
import {
  BUSINESS_UNIT_HEADER,
  isWholesaleKey,
  loadBusinessContext,
  loggedInCustomerId,
} from "../../utils/business-context"
import { keyChannels } from "../../utils/key-channels"
import { taxProvinceCode } from "../../../lib/tax/treatment"
import { hidesPricesFromGuests } from "../../../lib/pricing/price-visibility"
import { NET_TERMS_PROVIDER_ID } from "../../../modules/net-terms-payment"
import { loadBusinessCart, netTermsSessionData, refusalError } from "../../../workflows/business-cart/load-business-cart"

// Under a mounted middleware req.path is relative to the mount point; the full path is meant.
const requestPath = (req: MedusaStoreRequest<any>) => req.originalUrl.split("?")[0]

type CartRow = { sales_channel_id?: string | null; customer_id?: string | null; business_unit?: { id: string } | null }

/**
 * A publishable key reaches only carts of its own sales channels, and cannot move a cart to
 * a channel it does not own. Medusa checks the channel when a cart is created but not on
 * later requests, so without this a Retail key could switch a cart to Wholesale (and then
 * add Wholesale-only products) or complete a Wholesale cart.
 */
function assertCartInKeyChannels(req: MedusaStoreRequest<{ sales_channel_id?: string }>, cart: CartRow | undefined) {
  const keyChannels = req.publishable_key_context.sales_channel_ids ?? []
  const requested = req.body?.sales_channel_id
  if (requested && !keyChannels.includes(requested)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Sales channel ${requested} is not available to this publishable API key`
    )
  }
  if (cart?.sales_channel_id && !keyChannels.includes(cart.sales_channel_id)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "This cart belongs to a sales channel that this publishable API key does not serve"
    )
  }
}

/**
 * A business unit's cart is not a bearer token: only associates of the unit reach it, the
 * owner with "own" rights and colleagues with "others" rights; completing needs the right to
 * place orders and an active unit.
 */
async function assertBusinessCartAccess(req: MedusaStoreRequest<any>, cartId: string, cart: CartRow, lockedWhilePending: boolean) {
  const unitId = cart.business_unit!.id
  const customerId = loggedInCustomerId(req)
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This is a business cart: log in as an associate of its business unit")
  }
  const business = await loadBusinessContext(req, customerId)
  if (!business.canAct(unitId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  const isOwner = cart.customer_id === customerId
  const held = business.permissionsIn(unitId)
  const completing = /\/complete\/?$/.test(requestPath(req))
  if (completing) {
    // Placing the order: the caller's part of the business-cart policy (the completion hook checks the rest).
    const [refusal] = checkCaller({ unit: { id: unitId, active: business.isActive(unitId) }, actor: { permissions: held, is_owner: isOwner } })
    if (refusal) throw refusalError(refusal)
    return
  }
  const needed = cartPermissionsNeeded(req.method, requestPath(req), isOwner)
  if (!needed.some((p) => held.has(p))) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Your role in this cart's business unit does not allow this (it needs the "${needed.join('" or "')}" permission)`
    )
  }
  if (lockedWhilePending && req.method !== "GET") {
    await approvalModule(req.scope).assertCartNotPendingApproval(cartId)
  }
}

/** Whether the cart exists; throws when the caller may not use it. */
async function assertCartAccess(req: MedusaStoreRequest<any>, cartId: string, lockedWhilePending: boolean): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "customer_id", "business_unit.id"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartRow | undefined
  assertCartInKeyChannels(req, cart)
  if (cart?.business_unit?.id) {
    await assertBusinessCartAccess(req, cartId, cart, lockedWhilePending)
  }
  return !!cart
}

const cartNotFound = (cartId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)

const REFUSAL_TYPES: string[] = [MedusaError.Types.UNAUTHORIZED, MedusaError.Types.FORBIDDEN, MedusaError.Types.NOT_FOUND, MedusaError.Types.NOT_ALLOWED]

/**
 * Reading a cart: every refusal (another channel, not logged in, another company, no right to
 * see it) and a missing cart give the same 404, so a cart id never tells whose cart it is.
 * Writes keep their distinct refusals (guardCart), which clients act on (log in, switch key).
 */
export async function assertCartReadable(req: MedusaStoreRequest<any>, cartId: string) {
  let found: boolean
  try {
    found = await assertCartAccess(req, cartId, false)
  } catch (error) {
    if (MedusaError.isMedusaError(error) && REFUSAL_TYPES.includes((error as MedusaError).type)) throw cartNotFound(cartId)
    throw error
  }
  if (!found) throw cartNotFound(cartId)
}

export async function guardCart(req: MedusaStoreRequest<{ sales_channel_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET") await assertCartReadable(req, req.params.id)
  else await assertCartAccess(req, req.params.id, true)
  next()
}

/** A cart named in the body (reorder's target): the caller must be allowed to change it. */
export async function guardBodyCart(req: MedusaStoreRequest<{ cart_id: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.validatedBody.cart_id
  if (!(await assertCartAccess(req, cartId, true))) throw cartNotFound(cartId)
  next()
}

/**
 * Paying for a cart (POST /store/payment-collections {cart_id}) obeys the same rules as
 * changing it: Medusa itself checks neither the key's channel nor who owns the cart there.
 */
export async function guardPaymentCollectionCart(req: MedusaStoreRequest<{ cart_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  if (typeof req.body?.cart_id === "string") {
    await assertCartAccess(req, req.body.cart_id, false)
  }
  next()
}

/**
 * Opening a payment session obeys the cart's rules too. For net terms the server decides the
 * session data (unit and credit holder) from the cart; whatever the client sent is replaced,
 * and a cart that may not use net terms is refused here with the reason.
 */
export async function guardPaymentSession(req: MedusaStoreRequest<{ provider_id?: string; data?: object }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_collection",
    fields: ["cart.id", "cart.currency_code", "cart.sales_channel_id"],
    filters: { id: req.params.id },
  })
  const cart = (data[0] as any)?.cart as { id: string; currency_code: string; sales_channel_id: string | null } | undefined
  if (cart) await assertCartAccess(req, cart.id, false)
  if (req.body?.provider_id === NET_TERMS_PROVIDER_ID) {
    const loaded = cart && (await isWholesaleKey(req)) ? await loadBusinessCart(req.scope, cart.id) : null
    const sessionData = netTermsSessionData(loaded)
    for (const target of [req.body, req.validatedBody] as any[]) {
      if (target) target.data = sessionData
    }
  }
  next()
}

/**
 * Decides, on the server, which business unit a new cart belongs to: the unit named by the
 * business-context header (or the customer's only unit) when a logged-in associate uses the
 * Wholesale key. Whatever the client put in additional_data for this is discarded; the
 * cartCreated hook links the cart (src/workflows/hooks/cart-created.ts). The same decision
 * is passed to the transfer of a guest cart to a logged-in associate
 * (src/workflows/hooks/transfer-cart-validate.ts), so a transferred cart gets a unit too.
 */
export async function attachBusinessContext(req: MedusaStoreRequest<any>, _res: MedusaResponse, next: MedusaNextFunction) {
  const context = await newCartBusinessContext(req)
  for (const target of [req.body, req.validatedBody] as any[]) {
    if (!target) continue
    const { business_unit_id: _u, associate_id: _a, ...rest } = target.additional_data ?? {}
    target.additional_data = context ? { ...rest, ...context } : Object.keys(rest).length ? rest : undefined
  }
  next()
}

async function newCartBusinessContext(req: MedusaStoreRequest<any>) {
  const customerId = loggedInCustomerId(req)
  if (!customerId || !(await isWholesaleKey(req))) return null
  const business = await loadBusinessContext(req, customerId)
  if (!business.accessibleUnitIds.length) return null
  const unitId = business.activeUnitId
  if (!unitId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `You belong to several business units: choose one with the ${BUSINESS_UNIT_HEADER} header`
    )
  }
  const [refusal] = checkCartOpener({ unit: { id: unitId, active: business.isActive(unitId) }, is_associate: true, permissions: business.permissionsIn(unitId) })
  if (refusal) throw refusalError(refusal)
  return { business_unit_id: unitId, associate_id: business.associateIn(unitId) }
}

/** Where a channel hides prices from guests, guests cannot fill a cart either (it would show them). */
export async function refuseGuestsWhereHidden(req: MedusaStoreRequest<any>, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!loggedInCustomerId(req) && (await keyChannels(req)).some(hidesPricesFromGuests)) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to see prices and order in this storefront")
  }
  next()
}

/**
 * Medusa matches tax regions by the address's province as given, and its admin names US states
 * by their ISO 3166-2 code ("us-ca"): a shopper's "CA" is stored as "us-ca" so the state's sales
 * tax applies (other countries' provinces are left as typed).
 */
export function normalizeProvinces(req: MedusaStoreRequest<any>, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const body of [req.body, req.validatedBody]) {
    for (const key of ["shipping_address", "billing_address"]) {
      const address = body?.[key]
      if (address && typeof address === "object" && typeof address.province === "string") {
        address.province = taxProvinceCode(address.country_code, address.province)
      }
    }
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [refuseGuestsWhereHidden, attachBusinessContext, normalizeProvinces] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [normalizeProvinces] },
  { method: ["POST"], matcher: "/store/carts/:id/customer", middlewares: [attachBusinessContext] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [refuseGuestsWhereHidden] },
  { matcher: "/store/carts/:id", middlewares: [guardCart] },
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [guardPaymentCollectionCart] },
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [guardPaymentSession] },
]
