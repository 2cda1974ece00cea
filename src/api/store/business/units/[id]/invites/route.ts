import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { grantRefusal } from "../../../../../../lib/business/hierarchy"
import { businessModule } from "../../../../../../modules/business"
import { inviteAssociateWorkflow } from "../../../../../../workflows/business/workflows/invite-associate"
import { BusinessRequest } from "../../../../../utils/business-context"
import { respondIdempotently } from "../../../../../utils/idempotency"
import { presentInvite } from "../../../present"
import { InviteResponse, InvitesResponse } from "../../../../../../lib/business/contract"
import { StoreInviteAssociateType } from "../../../validators"

export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const invites = await businessModule(req.scope).listBusinessInvites({ business_unit_id: req.params.id }, { order: { created_at: "DESC" }, take: null })
  res.json({ invites: invites.map(presentInvite) } satisfies InvitesResponse)
}

export async function POST(req: BusinessRequest<StoreInviteAssociateType>, res: MedusaResponse) {
  const { email, roles } = req.validatedBody
  const refusal = grantRefusal(req.business.access, req.params.id, roles)
  if (refusal) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal)
  }
  // Always pending, also for an email that has an account: its holder joins by accepting.
  // Honours Idempotency-Key: a double-clicked invite sends one message.
  await respondIdempotently(req, res, async () => {
    const { result } = await inviteAssociateWorkflow(req.scope).run({
      input: { business_unit_id: req.params.id, email, roles, invited_by: req.business.customerId },
    })
    return { status: 201, body: { invite: presentInvite(result.invite) } satisfies InviteResponse }
  })
}
