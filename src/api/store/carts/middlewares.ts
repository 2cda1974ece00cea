import {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * A publishable key reaches only carts of its own sales channels, and cannot move a cart to
 * a channel it does not own. Medusa checks the channel when a cart is created but not on
 * later requests, so without this a Retail key could switch a cart to Wholesale (and then
 * add Wholesale-only products) or complete a Wholesale cart.
 */
export async function keepCartInKeyChannels(
  req: MedusaStoreRequest<{ sales_channel_id?: string }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const keyChannels = req.publishable_key_context.sales_channel_ids ?? []
  const requested = req.body?.sales_channel_id
  if (requested && !keyChannels.includes(requested)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Sales channel ${requested} is not available to this publishable API key`
    )
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (cart?.sales_channel_id && !keyChannels.includes(cart.sales_channel_id)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "This cart belongs to a sales channel that this publishable API key does not serve"
    )
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id", middlewares: [keepCartInKeyChannels] },
  { matcher: "/store/carts/:id/*", middlewares: [keepCartInKeyChannels] },
]
