import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { creditRefusal } from "../../../lib/net-terms/terms"
import { netTermsModule } from "../../../modules/net-terms"
import { creditLockKey } from "../../net-terms/terms-of-unit"
import { DeliveryCart } from "./create-delivery-carts"
import { SplitCheckout } from "./check-split-checkout"

export const holdSplitCreditStepId = "hold-split-credit"

/**
 * One credit check for the checkout's whole total under the credit holder's lock, held at once
 * as one hold per delivery cart (each delivery's invoice then settles its own part, and
 * cancelling a delivery frees exactly its part). Completing each delivery finds its hold there.
 * Compensation releases the holds.
 */
export const holdSplitCreditStep = createStep(
  holdSplitCreditStepId,
  async (input: { checkout: SplitCheckout; carts: DeliveryCart[] }, { container }) => {
    const { checkout, carts } = input
    if (!checkout.credit) return new StepResponse([] as string[], [] as string[])
    const credit = checkout.credit
    const service = netTermsModule(container)
    const ids = await container.resolve(Modules.LOCKING).execute(
      creditLockKey(credit.terms.credit_holder_id),
      async () => {
        const position = await service.creditPositionOf(credit.terms)
        const refusal = creditRefusal(position, checkout.total, checkout.cart.currency_code)
        if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal, "credit_exceeded")
        const holds = await service.createCreditHolds(
          carts.map((c) => ({ cart_id: c.cart_id, business_unit_id: credit.unit_id, credit_holder_id: credit.terms.credit_holder_id, amount: c.total, currency_code: checkout.cart.currency_code, status: "held" as const }))
        )
        return holds.map((h) => h.id)
      },
      { timeout: 15 }
    )
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service = netTermsModule(container)
    const held = await service.listCreditHolds({ id: ids, status: "held" })
    if (held.length) await service.updateCreditHolds(held.map((h) => ({ id: h.id, status: "released" as const })))
  }
)
