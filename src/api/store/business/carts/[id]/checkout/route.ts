import { MedusaError } from "@medusajs/framework/utils"
import { MedusaResponse } from "@medusajs/framework/http"
import { cartPermissionsNeeded } from "../../../../../../lib/business/cart-access"
import { approvalState, CheckoutReadiness } from "../../../../../../lib/business-cart/policy"
import { loadBusinessCart } from "../../../../../../workflows/business-cart/load-business-cart"
import { BusinessRequest } from "../../../../../utils/business-context"

/**
 * Whether the cart can be ordered now, as data: the policy's refusals with their codes, the
 * approval state, the credit available and the payment providers the cart may use. The portal's
 * checkout renders from this; completing the cart runs the same policy on the same facts.
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const { business } = req
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  const loaded = await loadBusinessCart(req.scope, req.params.id, { actorCustomerId: business.customerId, readiness: true })
  const unitId = loaded.unit?.unit?.id
  const isOwner = loaded.cart.customer_id === business.customerId
  if (unitId ? !business.canAct(unitId) : !isOwner) throw notFound
  if (unitId) {
    const needed = cartPermissionsNeeded("GET", req.path, isOwner)
    if (!needed.some((p) => business.permissionsIn(unitId).has(p))) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your role in this cart's business unit does not allow this (it needs the "${needed.join('" or "')}" permission)`)
    }
  }
  const [latestFlow] = loaded.approval.flows
  const readiness: CheckoutReadiness = {
    cart_id: loaded.cart.id,
    ready: loaded.refusals.length === 0,
    refusals: loaded.refusals,
    approval: {
      state: approvalState(loaded.facts.approval, loaded.lines, loaded.facts.total),
      flow_id: latestFlow?.id ?? null,
      reasons: loaded.approval.reasons,
    },
    credit: loaded.facts.net_terms.credit,
    payment_providers: loaded.payment_providers,
    total: loaded.facts.total,
    currency_code: loaded.cart.currency_code,
  }
  res.json({ checkout: readiness })
}
