import { MedusaError } from "@medusajs/framework/utils"
import { MedusaResponse } from "@medusajs/framework/http"
import { cartPermissionsNeeded } from "../../../../../../lib/business/cart-access"
import { checkoutReadiness, loadBusinessCart } from "../../../../../../workflows/business-cart/load-business-cart"
import { BusinessRequest } from "../../../../../utils/business-context"

/** The cart's checkout readiness (see checkoutReadiness), for an associate who may see the cart. */
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
  res.json({ checkout: checkoutReadiness(loaded) })
}
