import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { hashInviteToken, inviteLockKey } from "../../../lib/business/invite-token"
import { markInviteAcceptedStep } from "../steps/mark-invite-accepted"
import { validateInviteAcceptanceStep } from "../steps/validate-invite-acceptance"
import { addAssociateWorkflow } from "./add-associate"

/** Single use: the lock on the token makes two simultaneous acceptances yield one associate. */
export const acceptInviteWorkflow = createWorkflow(
  "accept-business-invite",
  (input: { token: string; customer_id: string }) => {
    const tokenHash = transform({ input }, ({ input }) => hashInviteToken(input.token))
    const lockKey = transform({ tokenHash }, ({ tokenHash }) => inviteLockKey(tokenHash))
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const invite = validateInviteAcceptanceStep(
      transform({ tokenHash, input }, ({ tokenHash, input }) => ({ token_hash: tokenHash, customer_id: input.customer_id }))
    )
    const associate = addAssociateWorkflow.runAsStep({
      input: transform({ invite, input }, ({ invite, input }) => ({
        business_unit_id: invite.business_unit_id,
        customer_id: input.customer_id,
        roles: invite.roles,
      })),
    })
    markInviteAcceptedStep(transform({ invite }, ({ invite }) => invite.invite_id))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(associate)
  }
)
