import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's in-process locking provider signals a lock wait that timed out with a plain Error
 * (so the API answers 500), while its Redis provider uses a CONFLICT MedusaError (409). Both
 * mean "someone else holds this stock or cart right now": answer both as 409.
 */
const LOCK_TIMEOUT_MESSAGE = "Timed-out acquiring lock."

export function isLockTimeout(error: unknown): boolean {
  return (error as { message?: unknown } | null)?.message === LOCK_TIMEOUT_MESSAGE
}

export const LOCK_TIMEOUT_RESPONSE = {
  type: MedusaError.Types.CONFLICT,
  message: "Another request is working on the same cart or stock right now; please try again.",
}
