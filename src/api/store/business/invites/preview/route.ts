import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hashInviteToken, inviteLinkState, InvitePreviewResponse } from "../../../../../lib/business/invite-token"
import { businessModule } from "../../../../../modules/business"
import { isWholesaleKey } from "../../../../utils/business-context"
import { parseQuery } from "../../../../utils/parse-query"
import { StorePreviewInvite } from "../../validators"

/**
 * What an invite link leads to, before anyone logs in: the portal opens on it to offer
 * registering with the invited email (or logging in), or to say plainly that the link is used,
 * withdrawn, expired or not valid. The token is the credential; only the Wholesale key reaches it.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  if (!(await isWholesaleKey(req))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Invites are opened in the Wholesale storefront")
  }
  const { token } = parseQuery(StorePreviewInvite, req.query)
  const business = businessModule(req.scope)
  const [invite] = await business.listBusinessInvites({ token_hash: hashInviteToken(token) }, { relations: ["business_unit"] })
  const state = inviteLinkState(invite ?? null, new Date())
  const pending = state === "pending"
  res.json({
    invite: { state, email: pending ? invite!.email : null, business_unit_name: pending ? (invite as any).business_unit?.name ?? null : null },
  } satisfies InvitePreviewResponse)
}
