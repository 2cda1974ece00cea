import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { InviteResponse } from "../../../../../../../lib/business/contract"
import { INVITE_CHANGES, InviteChange } from "../../../../../../../lib/business/invite-token"
import { resendInviteWorkflow, revokeInviteWorkflow } from "../../../../../../../workflows/business/workflows/change-invite"
import { presentInvite } from "../../../../../../store/business/present"

const CHANGES: Record<InviteChange, typeof resendInviteWorkflow> = { resend: resendInviteWorkflow, revoke: revokeInviteWorkflow }

/**
 * POST .../invites/:invite_id/resend: a new link and expiry for a pending invite (the old link
 * stops working); .../revoke: the invite is withdrawn and its link refused from then on.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const action = req.params.action as InviteChange
  if (!INVITE_CHANGES.includes(action)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown action "${req.params.action}": use ${INVITE_CHANGES.join(" or ")}`)
  }
  const { result } = await CHANGES[action](req.scope).run({ input: { business_unit_id: req.params.id, invite_id: req.params.invite_id } })
  res.json({ invite: presentInvite(result.invite) } satisfies InviteResponse)
}
