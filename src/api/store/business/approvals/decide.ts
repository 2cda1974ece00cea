import { MedusaResponse } from "@medusajs/framework/http"
import { approvalModule } from "../../../../modules/approval"
import { decideApprovalWorkflow } from "../../../../workflows/approvals/workflows/decide-approval"
import { BusinessRequest } from "../../../utils/business-context"
import { approverIn, flowFor } from "./access"

/** An approver's decision on the flow's current tier. */
export const decideOnFlow = (decision: "approve" | "reject") =>
  async function POST(req: BusinessRequest<{ comment?: string | null }>, res: MedusaResponse) {
    const flow = await flowFor(req, true)
    await decideApprovalWorkflow(req.scope).run({
      input: { flow_id: flow.id, approver: approverIn(req, flow.business_unit_id), decision, comment: req.validatedBody.comment },
    })
    const [updated] = await approvalModule(req.scope).listApprovalFlows({ id: flow.id }, { relations: ["decisions"] })
    res.json({ approval: updated })
  }
