import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { InviteChange, inviteChangeRefusal } from "../../../lib/business/invite-token"
import { businessModule } from "../../../modules/business"

type UnitInvite = { business_unit_id: string; invite_id: string; change: InviteChange }

/** The unit's invite (404 otherwise), when the change is allowed on it. */
async function changeableInvite(container: MedusaContainer, input: UnitInvite) {
  const invite = await businessModule(container).retrieveUnitInviteOrFail(input.business_unit_id, input.invite_id)
  const refusal = inviteChangeRefusal(invite, input.change)
  if (refusal) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
  return invite
}

export const findUnitInviteStepId = "find-business-unit-invite"

/**
 * The invite to change: its token hash names the lock the change takes. Refusing here already
 * answers "accepted" or "revoked" before anything else is checked about the invitee.
 */
export const findUnitInviteStep = createStep(findUnitInviteStepId, async (input: UnitInvite, { container }) => {
  const invite = await changeableInvite(container, input)
  return new StepResponse({ id: invite.id, email: invite.email, token_hash: invite.token_hash })
})

export type ChangeInviteInput = UnitInvite & { data: { status?: "revoked"; token_hash?: string; expires_at?: Date } }

export const changeInviteStepId = "change-business-invite"

/**
 * Resends (a new token and expiry) or revokes an invite. The invite is read again here, under
 * the lock, so an acceptance that just finished is seen and refused rather than overwritten.
 */
export const changeInviteStep = createStep(
  changeInviteStepId,
  async (input: ChangeInviteInput, { container }) => {
    const before = await changeableInvite(container, input)
    const invite = await businessModule(container).updateBusinessInvites({ id: before.id, ...input.data })
    return new StepResponse(invite, { id: before.id, status: before.status, token_hash: before.token_hash, expires_at: before.expires_at })
  },
  async (before, { container }) => {
    if (!before) return
    await businessModule(container).updateBusinessInvites(before)
  }
)
