import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { creditLockKey } from "./terms-of-unit"
import { netTermsModule } from "../../modules/net-terms"
import { creditRefusal } from "../../lib/net-terms/terms"
import { LoadedBusinessCart } from "../business-cart/load-business-cart"

/**
 * Checks the order against the credit available and holds its amount, atomically per credit
 * holder: the check and the hold run under one lock, so parallel checkouts of one company can
 * never overdraw its limit (the policy's credit check before it reads without the lock, to
 * answer early). Returns the hold's id (to release if completion fails), or null when the cart
 * does not pay on net terms.
 */
export async function holdNetTermsCredit(container: MedusaContainer, loaded: LoadedBusinessCart): Promise<string | null> {
  const terms = loaded.unit?.terms
  if (!loaded.facts.net_terms.requested || !terms || !loaded.unit?.unit) return null
  const amount = loaded.facts.total
  const cart = loaded.cart
  const service = netTermsModule(container)
  return container.resolve(Modules.LOCKING).execute(
    creditLockKey(terms.credit_holder_id),
    async () => {
      const [existing] = await service.listCreditHolds({ cart_id: cart.id })
      // The cart's own hold (a split checkout holds each delivery's part up front) is credit this order already has.
      const ownHeld = existing?.status === "held" ? Number(existing.amount) : 0
      if (ownHeld >= amount - 0.005) return existing.id
      const position = await service.creditPositionOf(terms)
      const refusal = creditRefusal({ ...position, available: position.available + ownHeld }, amount, terms.currency_code)
      if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal, "credit_exceeded")
      const hold = { business_unit_id: loaded.unit!.unit!.id, credit_holder_id: terms.credit_holder_id, amount, currency_code: cart.currency_code, status: "held" as const }
      if (existing) return (await service.updateCreditHolds({ id: existing.id, ...hold })).id
      return (await service.createCreditHolds({ cart_id: cart.id, ...hold })).id
    },
    { timeout: 15 }
  )
}

/** Gives a hold's credit back when the checkout that took it did not become an order. */
export async function releaseCreditHold(container: MedusaContainer, holdId: string | null | undefined) {
  if (!holdId) return
  const service = netTermsModule(container)
  const [hold] = await service.listCreditHolds({ id: holdId })
  if (hold?.status === "held") await service.updateCreditHolds({ id: holdId, status: "released" })
}
