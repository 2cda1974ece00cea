import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { ApprovalBudget } from "./models/approval-budget"
import { ApprovalDecision } from "./models/approval-decision"
import { ApprovalFlow } from "./models/approval-flow"
import { ApprovalRule } from "./models/approval-rule"

class ApprovalModuleService extends MedusaService({ ApprovalRule, ApprovalBudget, ApprovalFlow, ApprovalDecision }) {
  /** While a cart waits for approval its lines stay as the approvers saw them. */
  async assertCartNotPendingApproval(cartId: string) {
    const pending = await this.listApprovalFlows({ cart_id: cartId, quote_id: null, status: "pending" }, { take: 1, select: ["id"] })
    if (pending.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is waiting for approval and cannot be changed", "approval_pending")
    }
  }

  async retrieveApprovalFlowOrFail(id: string) {
    const [flow] = await this.listApprovalFlows({ id }, { relations: ["decisions"] })
    if (!flow) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval ${id} was not found`)
    return flow
  }
}

export default ApprovalModuleService
