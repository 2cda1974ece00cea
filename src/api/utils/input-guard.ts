import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { controlCharacterPath } from "../../lib/input/hygiene"

/**
 * Control characters (NUL above all, which PostgreSQL cannot store in text) are refused once,
 * for every route of the store, admin and auth APIs, Medusa's own included, before any
 * validator or workflow sees them: 400 naming the field, never a 500 from the database.
 */
export function refuseControlCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const inBody = controlCharacterPath(req.body)
  const inQuery = controlCharacterPath(req.query)
  const where = inBody ?? (inQuery ? `query ${inQuery}` : null)
  if (where) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where} contains a control character (such as NUL); remove it and send again`)
  }
  next()
}

export const inputGuardMiddlewares: MiddlewareRoute[] = ["/store", "/admin", "/auth"].map((matcher) => ({ matcher, middlewares: [refuseControlCharacters] }))
