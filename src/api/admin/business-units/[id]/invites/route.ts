import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteAssociateWorkflow } from "../../../../../workflows/business/workflows/invite-associate"
import { businessModule } from "../../../../../modules/business"
import { presentInvite } from "../../../../store/business/present"
import { AdminInviteType } from "../../validators"
import { InviteResponse, InvitesResponse } from "../../../../../lib/business/contract"

/** The unit's pending invites, newest first: neither accepted nor revoked, and not expired. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = businessModule(req.scope)
  await service.retrieveBusinessUnitOrFail(req.params.id)
  const invites = await service.listBusinessInvites(
    { business_unit_id: req.params.id, status: "pending", expires_at: { $gt: new Date() } },
    { order: { created_at: "DESC" }, take: null }
  )
  res.json({ invites: invites.map(presentInvite) } satisfies InvitesResponse)
}

/** As the store route: a pending invite, whether or not the email has an account; accepting it makes the associate. */
export async function POST(req: MedusaRequest<AdminInviteType>, res: MedusaResponse) {
  await businessModule(req.scope).retrieveBusinessUnitOrFail(req.params.id)
  const { result } = await inviteAssociateWorkflow(req.scope).run({ input: { business_unit_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ invite: presentInvite(result.invite) } satisfies InviteResponse)
}
