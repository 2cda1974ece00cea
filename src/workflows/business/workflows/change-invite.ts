import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { InviteChange, inviteLockKey } from "../../../lib/business/invite-token"
import { changeInviteStep, findUnitInviteStep } from "../steps/change-invite"
import { generateInviteTokenStep } from "../steps/generate-invite-token"
import { validateInviteeStep } from "../steps/validate-invitee"
import { emitInviteSent } from "./invite-associate"

type UnitInvite = { business_unit_id: string; invite_id: string }

const asChange = (input: UnitInvite, change: InviteChange) => ({ ...input, change })

/**
 * Sends a pending (possibly expired) invite again with a new token and a new expiry, through the
 * same `associate.invited` event as a new invite. Only the new link works afterwards: the
 * invite keeps one token hash.
 */
export const resendInviteWorkflow = createWorkflow("resend-business-invite", (input: UnitInvite) => {
  const found = findUnitInviteStep(transform({ input }, ({ input }) => asChange(input, "resend")))
  const lockKey = transform({ found }, ({ found }) => inviteLockKey(found.token_hash))
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
  const invitee = validateInviteeStep(
    transform({ input, found }, ({ input, found }) => ({ business_unit_id: input.business_unit_id, email: found.email }))
  )
  const secret = generateInviteTokenStep()
  const invite = changeInviteStep(
    transform({ input, secret }, ({ input, secret }) => ({
      ...asChange(input, "resend"),
      data: { token_hash: secret.token_hash, expires_at: secret.expires_at },
    }))
  )
  releaseLockStep({ key: lockKey })
  emitInviteSent({ invite, secret, invitee })
  return new WorkflowResponse({ invite })
})

/** Withdraws an invite: its token is refused from then on (`inviteRefusal`). */
export const revokeInviteWorkflow = createWorkflow("revoke-business-invite", (input: UnitInvite) => {
  const found = findUnitInviteStep(transform({ input }, ({ input }) => asChange(input, "revoke")))
  const lockKey = transform({ found }, ({ found }) => inviteLockKey(found.token_hash))
  acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
  const invite = changeInviteStep(
    transform({ input }, ({ input }) => ({ ...asChange(input, "revoke"), data: { status: "revoked" as const } }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ invite })
})
