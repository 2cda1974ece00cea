import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa 2.21 answers `POST /store/shipping-options/:id/calculate` for a flat-rate option with a
 * 500: the workflow asks the option's provider to calculate, and the manual provider throws a
 * plain Error ("does not support price calculation"). Only calculated options can be
 * calculated; a flat option's price is already in the option listing. Refused here with a 400
 * (core issue, worked around in our layer), and an unknown option is a 404.
 */
export async function refuseFlatRateCalculation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "price_type"], filters: { id: req.params.id } })
  const option = data[0] as { price_type?: string } | undefined
  if (!option) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shipping option ${req.params.id} was not found`)
  if (option.price_type !== "calculated") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This shipping option has a flat price (see GET /store/shipping-options); only calculated options can be calculated")
  }
  next()
}

export const storeShippingOptionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/shipping-options/:id/calculate", middlewares: [refuseFlatRateCalculation] },
]
