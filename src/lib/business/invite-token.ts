import { createHash, randomBytes } from "node:crypto"

export const INVITE_TTL_DAYS = 7

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

export function newInviteToken(now = new Date()) {
  const token = randomBytes(24).toString("base64url")
  const expires_at = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 60 * 60 * 1000)
  return { token, token_hash: hashInviteToken(token), expires_at }
}

type InviteState = { status: string; expires_at: Date | string; email: string }

/** Why an invite cannot be accepted by a customer with this email, or null when it can. */
export function inviteRefusal(invite: InviteState | null, customerEmail: string | null, now: Date): string | null {
  if (!invite) return "This invite link is not valid"
  if (invite.status === "accepted") return "This invite has already been used"
  if (invite.status !== "pending") return "This invite has been withdrawn"
  if (new Date(invite.expires_at).getTime() <= now.getTime()) return "This invite has expired: ask for a new one"
  if (!customerEmail || customerEmail.toLowerCase() !== invite.email.toLowerCase()) {
    return "This invite was sent to another email address: log in with that address to accept it"
  }
  return null
}
