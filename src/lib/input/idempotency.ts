import { createHash } from "node:crypto"
import { hasControlCharacters } from "./hygiene"

/**
 * `Idempotency-Key` on the B2B routes that create things: a client that repeats a request with
 * the same key (a double click, a retry after a timeout) gets the first answer again instead of
 * a second object. Keys are the caller's own: the same key from another customer is another
 * request.
 */
export const IDEMPOTENCY_HEADER = "idempotency-key"

/** How long an answer is kept for replay. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60

export const isValidIdempotencyKey = (key: string) => key.length >= 1 && key.length <= 255 && !hasControlCharacters(key)

export const idempotencyScope = (actor: string, method: string, path: string, key: string) => `idempotency:${actor}:${method}:${path}:${key}`

/** A fingerprint of the request body, so a key reused for a different request is refused. */
export const requestFingerprint = (body: unknown) => createHash("sha256").update(JSON.stringify(body ?? null)).digest("hex")
