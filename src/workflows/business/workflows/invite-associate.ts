import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RoleAssignment } from "../../../lib/business/access"
import { createInviteStep } from "../steps/create-invite"
import { generateInviteTokenStep } from "../steps/generate-invite-token"
import { validateInviteeStep } from "../steps/validate-invitee"
import { validateRolesStep } from "../steps/validate-roles"

export const ASSOCIATE_INVITED = "associate.invited"

export type InviteAssociateInput = {
  business_unit_id: string
  email: string
  roles: RoleAssignment[]
  invited_by?: string | null
}

/**
 * Invites an email into a unit. Inviting never makes anyone an associate, not even a customer
 * who already has an account with that email (Medusa does not verify email ownership): the
 * invite stays pending until the holder of the email logs in and accepts it with the token
 * (`acceptInviteWorkflow`). The token travels only in the `associate.invited` event (the
 * message's link); the event also says whether the email has an account, to word the message.
 */
export const inviteAssociateWorkflow = createWorkflow("invite-business-associate", (input: InviteAssociateInput) => {
  validateRolesStep(input.roles)
  const invitee = validateInviteeStep(
    transform({ input }, ({ input }) => ({ business_unit_id: input.business_unit_id, email: input.email }))
  )
  const secret = generateInviteTokenStep()
  const invite = createInviteStep(
    transform({ input, secret }, ({ input, secret }) => ({
      business_unit_id: input.business_unit_id,
      email: input.email,
      roles: input.roles,
      invited_by: input.invited_by ?? null,
      token_hash: secret.token_hash,
      expires_at: secret.expires_at,
    }))
  )
  emitInviteSent({ invite, secret, invitee })
  return new WorkflowResponse({ invite })
})

type Sent = {
  invite: WorkflowData<{ id: string; business_unit_id: string; email: string }>
  secret: WorkflowData<{ token: string }>
  invitee: WorkflowData<{ has_account: boolean }>
}

/** The event the invite message is sent from (src/subscribers/business-invite.ts): for a new invite and for a resent one. */
export function emitInviteSent({ invite, secret, invitee }: Sent) {
  emitEventStep({
    eventName: ASSOCIATE_INVITED,
    data: transform({ invite, secret, invitee }, ({ invite, secret, invitee }) => ({
      id: invite.id,
      business_unit_id: invite.business_unit_id,
      email: invite.email,
      token: secret.token,
      has_account: invitee.has_account,
    })),
  })
}
