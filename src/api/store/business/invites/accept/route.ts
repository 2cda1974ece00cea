import { MedusaResponse } from "@medusajs/framework/http"
import { acceptInviteWorkflow } from "../../../../../workflows/business/workflows/accept-invite"
import { BusinessRequest } from "../../../../utils/business-context"
import { presentAssociate } from "../../present"
import { AssociateResponse } from "../../../../../lib/business/contract"
import { StoreAcceptInviteType } from "../../validators"

/** The logged-in customer (registered with the invited email) accepts the invite's token. */
export async function POST(req: BusinessRequest<StoreAcceptInviteType>, res: MedusaResponse) {
  const { result } = await acceptInviteWorkflow(req.scope).run({
    input: { token: req.validatedBody.token, customer_id: req.business.customerId },
  })
  res.json({ associate: presentAssociate(result) } satisfies AssociateResponse)
}
