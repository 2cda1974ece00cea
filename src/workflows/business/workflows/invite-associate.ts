import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { RoleAssignment } from "../../../lib/business/access"
import { createInviteStep } from "../steps/create-invite"
import { findCustomerByEmailStep } from "../steps/find-customer-by-email"
import { generateInviteTokenStep } from "../steps/generate-invite-token"
import { validateRolesStep } from "../steps/validate-roles"
import { addAssociateWorkflow } from "./add-associate"

export const ASSOCIATE_INVITED = "associate.invited"

export type InviteAssociateInput = {
  business_unit_id: string
  email: string
  roles: RoleAssignment[]
  invited_by?: string | null
}

/**
 * Invites an email into a unit. A customer who already has an account with that email becomes
 * an associate at once; otherwise the invite waits for them to register and accept it with the
 * token, which travels only in the `associate.invited` event (the message's link).
 */
export const inviteAssociateWorkflow = createWorkflow("invite-business-associate", (input: InviteAssociateInput) => {
  validateRolesStep(input.roles)
  const existing = findCustomerByEmailStep(input.email)
  const secret = generateInviteTokenStep()
  const invite = createInviteStep(
    transform({ input, existing, secret }, ({ input, existing, secret }) => ({
      business_unit_id: input.business_unit_id,
      email: input.email,
      roles: input.roles,
      invited_by: input.invited_by ?? null,
      token_hash: secret.token_hash,
      expires_at: secret.expires_at,
      status: existing.customer_id ? ("accepted" as const) : ("pending" as const),
      accepted_at: existing.customer_id ? new Date() : null,
    }))
  )
  const associate = when("customer-already-registered", { existing }, ({ existing }) => !!existing.customer_id).then(() =>
    addAssociateWorkflow.runAsStep({
      input: transform({ input, existing }, ({ input, existing }) => ({
        business_unit_id: input.business_unit_id,
        customer_id: existing.customer_id!,
        roles: input.roles,
      })),
    })
  )
  emitEventStep({
    eventName: ASSOCIATE_INVITED,
    data: transform({ invite, secret, existing }, ({ invite, secret, existing }) => ({
      id: invite.id,
      business_unit_id: input.business_unit_id,
      email: invite.email,
      token: existing.customer_id ? null : secret.token,
      added: !!existing.customer_id,
    })),
  })
  return new WorkflowResponse({ invite, associate })
})
