import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ICacheService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_TTL_SECONDS,
  idempotencyScope,
  isValidIdempotencyKey,
  requestFingerprint,
} from "../../lib/input/idempotency"

export type Answer = { status: number; body: unknown }

type StoredAnswer = Answer & { fingerprint: string }

/**
 * Answers a creating request once per `Idempotency-Key`: the first request runs `produce` under
 * a lock of its key (Medusa's Locking module, Redis-backed across processes) and its answer is
 * kept in Medusa's cache; repeats with the same key and body replay it, with another body they
 * are refused. Without the header the request simply runs. Failures are not kept: a request
 * that failed may be retried with its key.
 */
export async function respondIdempotently(req: MedusaRequest, res: MedusaResponse, produce: () => Promise<Answer>) {
  const header = req.headers[IDEMPOTENCY_HEADER]
  if (header === undefined) return send(res, await produce())
  const key = Array.isArray(header) ? header[0] : header
  if (!isValidIdempotencyKey(key)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Idempotency-Key must be 1 to 255 characters without control characters")
  }
  const actor = (req as AuthenticatedMedusaRequest).auth_context?.actor_id ?? "anonymous"
  const scope = idempotencyScope(actor, req.method, req.originalUrl.split("?")[0], key)
  const fingerprint = requestFingerprint(req.body)
  const cache: ICacheService = req.scope.resolve(Modules.CACHE)
  const answer = await req.scope.resolve(Modules.LOCKING).execute(
    scope,
    async () => {
      const stored = await cache.get<StoredAnswer>(scope)
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "This Idempotency-Key was used for a different request; use a new key")
        }
        return stored
      }
      const fresh: StoredAnswer = { ...(await produce()), fingerprint }
      await cache.set(scope, fresh, IDEMPOTENCY_TTL_SECONDS)
      return fresh
    },
    { timeout: 30 }
  )
  send(res, answer)
}

const send = (res: MedusaResponse, { status, body }: Answer) => res.status(status).json(body)
