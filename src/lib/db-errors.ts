import { MedusaError } from "@medusajs/framework/utils"

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22xxx: a NUL byte in text, a malformed number
 * or date, a value out of range) means the request carried input the database cannot store:
 * the client's mistake, answered 400, never 500. So does 08P01 ("protocol violation"), which is
 * what a NUL byte inside a bound query parameter turns into. Drivers and ORMs wrap the error, so
 * the code is looked for on the error and on what it wraps.
 */
const DATA_EXCEPTION = /^(22[0-9A-Z]{3}|08P01)$/

export function isInvalidInputDbError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false
  const e = error as { code?: unknown; cause?: unknown; original?: unknown; originalError?: unknown }
  if (typeof e.code === "string" && DATA_EXCEPTION.test(e.code)) return true
  return [e.cause, e.original, e.originalError].some((inner) => isInvalidInputDbError(inner, depth + 1))
}

export const INVALID_INPUT_RESPONSE = {
  type: MedusaError.Types.INVALID_DATA,
  code: "invalid_request_error",
  message: "The request holds a value that cannot be stored (for example a control character, or a number or date out of range)",
}
