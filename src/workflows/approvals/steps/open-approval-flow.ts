import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ApprovalSnapshot } from "../../../lib/approvals/contract"
import { Tier } from "../../../lib/approvals/tiers"
import { approvalModule } from "../../../modules/approval"

export const openApprovalFlowStepId = "open-approval-flow"

/** What is submitted for approval: a cart, or a quote being accepted (`quote_id`). */
export type ApprovalSubject = {
  cart_id: string
  quote_id: string | null
  business_unit_id: string
  associate_id: string
  customer_id: string
  reasons: string[]
  tiers: Tier[]
  allow_self_approval: boolean
  snapshot: ApprovalSnapshot
}

/**
 * Records why the order-to-be needs approval, who must approve (the merged tiers) and the
 * snapshot that an approval will hold for; earlier flows of the same cart or quote are voided.
 * Runs under the subject's lock.
 */
export const openApprovalFlowStep = createStep(
  openApprovalFlowStepId,
  async (subject: ApprovalSubject, { container }) => {
    const service = approvalModule(container)
    const open = await service.listApprovalFlows({ cart_id: subject.cart_id, quote_id: subject.quote_id, status: ["pending", "approved", "rejected"] })
    if (open.some((f) => f.status === "pending")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is already waiting for approval", "approval_pending")
    }
    if (open.length) await service.updateApprovalFlows(open.map((f) => ({ id: f.id, status: "void" as const })))
    const flow = await service.createApprovalFlows({
      cart_id: subject.cart_id,
      quote_id: subject.quote_id,
      business_unit_id: subject.business_unit_id,
      requester_associate_id: subject.associate_id,
      requester_customer_id: subject.customer_id,
      reasons: subject.reasons as any,
      tiers: subject.tiers as any,
      allow_self_approval: subject.allow_self_approval,
      snapshot: subject.snapshot as any,
      cart_total: subject.snapshot.total,
      currency_code: subject.snapshot.currency_code,
    })
    return new StepResponse(flow, { created: flow.id as string, voided: open.map((f) => ({ id: f.id, status: f.status })) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalModule(container)
    await service.deleteApprovalFlows(undo.created)
    if (undo.voided.length) await service.updateApprovalFlows(undo.voided as any)
  }
)
