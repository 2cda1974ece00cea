import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { checkSingleOrderCompletion } from "../../lib/business-cart/policy"
import { loadBusinessCart, refusalError } from "../business-cart/load-business-cart"
import { holdNetTermsCredit, releaseCreditHold } from "../net-terms/credit-hold"

/**
 * The last word before any cart becomes an order, whoever completes it (the storefront, a
 * transferred cart, a bulk or scheduled path): the business-cart policy on facts loaded once —
 * unit linked and active, the owner its associate, channel, quantity rules, price parity,
 * approval of exactly these lines, requested delivery dates, net-terms eligibility; a cart split
 * into several deliveries is refused here (its own checkout places one order per delivery) — then the net-terms credit is held
 * under the credit holder's lock (given back by the compensation if completion fails later).
 * A cart already completed answers with its order (Medusa's idempotent completion).
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    if ((cart as any).completed_at) return new StepResponse(undefined, null)
    const loaded = await loadBusinessCart(container, cart.id)
    const [refusal] = [...loaded.refusals, ...checkSingleOrderCompletion(loaded.facts)]
    if (refusal) throw refusalError(refusal)
    return new StepResponse(undefined, await holdNetTermsCredit(container, loaded))
  },
  async (holdId, { container }) => releaseCreditHold(container, holdId)
)
