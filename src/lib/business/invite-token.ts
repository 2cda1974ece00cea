import { createHash, randomBytes } from "node:crypto"

export const INVITE_TTL_DAYS = 7

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

export function newInviteToken(now = new Date()) {
  const token = randomBytes(24).toString("base64url")
  const expires_at = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 60 * 60 * 1000)
  return { token, token_hash: hashInviteToken(token), expires_at }
}

type InviteRecord = { status: string; expires_at: Date | string; email: string }

/** What an invite link can still do, as the portal shows it before anyone logs in. */
export type InviteLinkState = "pending" | "used" | "withdrawn" | "expired" | "invalid"

export function inviteLinkState(invite: InviteRecord | null, now: Date): InviteLinkState {
  if (!invite) return "invalid"
  if (invite.status === "accepted") return "used"
  if (invite.status !== "pending") return "withdrawn"
  if (new Date(invite.expires_at).getTime() <= now.getTime()) return "expired"
  return "pending"
}

/**
 * GET /store/business/invites/preview: the link's state, and only for a pending invite the email
 * it was sent to and the unit's name (whoever holds the token holds the message they came in).
 */
export type InvitePreview = { state: InviteLinkState; email: string | null; business_unit_name: string | null }
export type InvitePreviewResponse = { invite: InvitePreview }

const REFUSALS: Record<Exclude<InviteLinkState, "pending">, string> = {
  invalid: "This invite link is not valid",
  used: "This invite has already been used",
  withdrawn: "This invite has been withdrawn",
  expired: "This invite has expired: ask for a new one",
}

/** Why an invite cannot be accepted by a customer with this email, or null when it can. */
export function inviteRefusal(invite: InviteRecord | null, customerEmail: string | null, now: Date): string | null {
  const state = inviteLinkState(invite, now)
  if (state !== "pending") return REFUSALS[state]
  if (!customerEmail || customerEmail.toLowerCase() !== invite!.email.toLowerCase()) {
    return "This invite was sent to another email address: log in with that address to accept it"
  }
  return null
}

/** The lock accepting, resending and revoking an invite all take, so none of them interleave. */
export const inviteLockKey = (tokenHash: string) => `business-invite:${tokenHash}`

export const INVITE_CHANGES = ["resend", "revoke"] as const
export type InviteChange = (typeof INVITE_CHANGES)[number]

/**
 * Why the merchant cannot resend or revoke this invite, or null when they can. An expired
 * pending invite can be both: resending it is how it is renewed.
 */
export function inviteChangeRefusal(invite: { status: string }, change: InviteChange): string | null {
  if (invite.status === "accepted") return "This invite has already been accepted: remove the associate instead"
  if (invite.status === "revoked") return change === "revoke" ? "This invite is already revoked" : "This invite was revoked: send a new invite instead"
  return null
}
