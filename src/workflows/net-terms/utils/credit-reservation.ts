import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isWholesaleChannel } from "../../../lib/channels"
import { creditRefusal } from "../../../lib/net-terms/terms"
import { NET_TERMS_PROVIDER_ID } from "../../../modules/net-terms-payment"
import { cartBusinessLinks } from "../../business/utils/cart-links"
import { creditLockKey, creditPositionOf, lockingService, netTermsService, termsOfUnit } from "./terms-of-unit"

type CompletingCart = {
  id: string
  total: unknown
  currency_code: string
  sales_channel_id?: string | null
  completed_at?: unknown
  payment_collection?: { payment_sessions?: { provider_id: string }[] | null } | null
}

export const paysOnNetTerms = (cart: CompletingCart) =>
  (cart.payment_collection?.payment_sessions ?? []).some((s) => s.provider_id === NET_TERMS_PROVIDER_ID)

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * The business unit and terms a cart may use net terms with, or a clear refusal: only business
 * carts of the Wholesale channel whose unit has terms (own or inherited), in the credit's currency.
 */
export async function netTermsForCart(container: MedusaContainer, cart: Pick<CompletingCart, "id" | "sales_channel_id" | "currency_code">) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [links, channel] = await Promise.all([
    cartBusinessLinks(container, cart.id),
    cart.sales_channel_id
      ? query.graph({ entity: "sales_channel", fields: ["metadata"], filters: { id: cart.sales_channel_id } }).then((r) => r.data[0])
      : null,
  ])
  const unitId = links?.business_unit?.id
  if (!unitId || !isWholesaleChannel(channel)) {
    throw refuse("Net terms are only available to business units ordering through the Wholesale storefront; choose another payment method")
  }
  const terms = await termsOfUnit(container, unitId)
  if (!terms) {
    throw refuse("This business unit has no payment terms; choose another payment method or ask us to set up net terms")
  }
  if (terms.currency_code.toLowerCase() !== cart.currency_code.toLowerCase()) {
    throw refuse(`Net terms credit is kept in ${terms.currency_code.toUpperCase()}; this cart is in ${cart.currency_code.toUpperCase()}`)
  }
  return { unitId, terms }
}

/**
 * Checks the order against the credit available and holds its amount, atomically per credit
 * holder: the check and the hold run under one lock, so parallel checkouts of one company can
 * never overdraw its limit. Returns the hold's id (to release if completion fails), or null
 * when the cart does not pay on net terms or was completed already.
 */
export async function reserveNetTermsCredit(container: MedusaContainer, cart: CompletingCart): Promise<string | null> {
  if (!paysOnNetTerms(cart) || cart.completed_at) return null
  const { unitId, terms } = await netTermsForCart(container, cart)
  const amount = Number(cart.total)
  const service = netTermsService(container)
  return lockingService(container).execute(
    creditLockKey(terms.credit_holder_id),
    async () => {
      const refusal = creditRefusal(await creditPositionOf(container, terms), amount, terms.currency_code)
      if (refusal) throw refuse(refusal)
      const hold = { business_unit_id: unitId, credit_holder_id: terms.credit_holder_id, amount, currency_code: cart.currency_code, status: "held" as const }
      const [existing] = await service.listCreditHolds({ cart_id: cart.id })
      if (existing) return (await service.updateCreditHolds({ id: existing.id, ...hold })).id
      return (await service.createCreditHolds({ cart_id: cart.id, ...hold })).id
    },
    { timeout: 15 }
  )
}

/** Gives a hold's credit back when the checkout that took it did not become an order. */
export async function releaseCreditHold(container: MedusaContainer, holdId: string | null | undefined) {
  if (!holdId) return
  const service = netTermsService(container)
  const [hold] = await service.listCreditHolds({ id: holdId })
  if (hold?.status === "held") await service.updateCreditHolds({ id: holdId, status: "released" })
}
