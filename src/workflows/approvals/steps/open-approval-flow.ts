import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { approvalNeed, approvalService } from "../utils/approval-need"

export const openApprovalFlowStepId = "open-approval-flow"

/**
 * Records why the requester's cart needs approval, who must approve (the merged tiers) and a
 * snapshot of the cart; earlier flows of the cart are voided. Runs under the cart's lock.
 */
export const openApprovalFlowStep = createStep(
  openApprovalFlowStepId,
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    const need = await approvalNeed(container, input.cart_id)
    if (!need || need.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found among your business carts`)
    }
    if (!need.reasons.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart needs no approval: it can be ordered as it is")
    }
    const service = approvalService(container)
    const open = await service.listApprovalFlows({ cart_id: input.cart_id, status: ["pending", "approved"] })
    if (open.some((f) => f.status === "pending")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is already waiting for approval")
    }
    if (open.length) await service.updateApprovalFlows(open.map((f) => ({ id: f.id, status: "void" as const })))
    const flow = await service.createApprovalFlows({
      cart_id: need.cart_id,
      business_unit_id: need.business_unit_id,
      requester_associate_id: need.associate_id,
      requester_customer_id: need.customer_id,
      reasons: need.reasons as any,
      tiers: need.tiers as any,
      allow_self_approval: need.allow_self_approval,
      snapshot: need.snapshot as any,
      cart_total: need.total,
      currency_code: need.currency_code,
    })
    return new StepResponse(flow, { created: flow.id as string, voided: open.map((f) => ({ id: f.id, status: f.status })) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalService(container)
    await service.deleteApprovalFlows(undo.created)
    if (undo.voided.length) await service.updateApprovalFlows(undo.voided as any)
  }
)
