import { MedusaResponse } from "@medusajs/framework/http"
import { canApproveTier, Tier } from "../../../../lib/approvals/tiers"
import { approvalModule } from "../../../../modules/approval"
import { submitForApprovalWorkflow } from "../../../../workflows/approvals/workflows/submit-for-approval"
import { BusinessRequest } from "../../../utils/business-context"
import { respondIdempotently } from "../../../utils/idempotency"
import { approverIn } from "./access"

/** Submits the caller's cart for approval (201). Honours Idempotency-Key. */
export async function POST(req: BusinessRequest<{ cart_id: string }>, res: MedusaResponse) {
  await respondIdempotently(req, res, async () => {
    const { result } = await submitForApprovalWorkflow(req.scope).run({ input: { cart_id: req.validatedBody.cart_id, customer_id: req.business.customerId } })
    return { status: 201, body: { approval: result } }
  })
}

/**
 * `?scope=mine` (default): the caller's own requests; `?scope=to_approve`: pending flows where
 * the caller can add to the current tier.
 */
export async function GET(req: BusinessRequest, res: MedusaResponse) {
  const service = approvalModule(req.scope)
  const { business } = req
  if (req.query.scope === "to_approve") {
    const units = business.accessibleUnitIds.filter((u) => business.permissionsIn(u).has("orders.approve"))
    const flows = units.length ? await service.listApprovalFlows({ business_unit_id: units, status: "pending" }, { relations: ["decisions"], take: 200 }) : []
    const mine = flows.filter((f) => {
      if (f.requester_customer_id === business.customerId && !f.allow_self_approval) return false
      const tier = (f.tiers as unknown as Tier[])[f.current_tier]
      const approvals = (f.decisions ?? []).filter((d: any) => d.tier === f.current_tier).map((d: any) => ({ approver_id: d.approver_customer_id, roles: d.approver_roles }))
      const me = approverIn(req, f.business_unit_id)
      return canApproveTier(tier, approvals, { approver_id: me.customer_id, roles: me.roles })
    })
    return res.json({ approvals: mine })
  }
  const flows = await service.listApprovalFlows({ requester_customer_id: business.customerId }, { relations: ["decisions"], order: { created_at: "DESC" }, take: 100 })
  res.json({ approvals: flows })
}
