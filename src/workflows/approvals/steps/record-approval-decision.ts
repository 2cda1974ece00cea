import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Approval, canApproveTier, Tier, tierSatisfied } from "../../../lib/approvals/tiers"
import { approvalModule } from "../../../modules/approval"

export type ApprovalDecisionInput = {
  flow_id: string
  approver: { customer_id: string; associate_id: string; roles: string[] }
  decision: "approve" | "reject"
  comment?: string | null
}

export const recordApprovalDecisionStepId = "record-approval-decision"

/**
 * Under the flow's lock: checks the approver may decide at the current tier, records the
 * decision, and moves the flow on (next tier, approved, or rejected). Compensation removes the
 * decision and restores the flow.
 */
export const recordApprovalDecisionStep = createStep(
  recordApprovalDecisionStepId,
  async (input: ApprovalDecisionInput, { container }) => {
    const service = approvalModule(container)
    const [flow] = await service.listApprovalFlows({ id: input.flow_id }, { relations: ["decisions"] })
    if (!flow) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval ${input.flow_id} was not found`)
    if (flow.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This approval is already ${flow.status}`)
    if (flow.requester_customer_id === input.approver.customer_id && !flow.allow_self_approval) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot approve or reject your own cart")
    }
    const tiers = flow.tiers as unknown as Tier[]
    const tier = tiers[flow.current_tier]
    const approvals: Approval[] = (flow.decisions ?? [])
      .filter((d: any) => d.tier === flow.current_tier && d.decision === "approve")
      .map((d: any) => ({ approver_id: d.approver_customer_id, roles: d.approver_roles as string[] }))
    const me: Approval = { approver_id: input.approver.customer_id, roles: input.approver.roles }
    if (!canApproveTier(tier, approvals, me)) {
      const wanted = tier.map((r) => `${r.count} × ${r.role}`).join(" and ")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Tier ${flow.current_tier + 1} needs ${wanted}; your roles do not add to it (or you already decided)`)
    }
    const decision = await service.createApprovalDecisions({
      flow_id: flow.id,
      tier: flow.current_tier,
      approver_customer_id: input.approver.customer_id,
      approver_associate_id: input.approver.associate_id,
      approver_roles: input.approver.roles as any,
      decision: input.decision,
      comment: input.comment ?? null,
    } as any)
    let next: { status: "pending" | "approved" | "rejected"; current_tier: number }
    if (input.decision === "reject") {
      next = { status: "rejected", current_tier: flow.current_tier }
    } else if (tierSatisfied(tier, [...approvals, me])) {
      const passed = flow.current_tier + 1
      next = passed >= tiers.length ? { status: "approved", current_tier: flow.current_tier } : { status: "pending", current_tier: passed }
    } else {
      next = { status: "pending", current_tier: flow.current_tier }
    }
    const updated = await service.updateApprovalFlows({ id: flow.id, ...next })
    return new StepResponse(
      { flow: updated, tier_passed: next.current_tier !== flow.current_tier || next.status === "approved" },
      { decision_id: decision.id as string, previous: { id: flow.id, status: flow.status, current_tier: flow.current_tier } }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = approvalModule(container)
    await service.deleteApprovalDecisions(undo.decision_id)
    await service.updateApprovalFlows(undo.previous as any)
  }
)
