import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ApprovalRuleBody, ApprovalRuleUpdate } from "../../store/business/approvals/validators"

export const adminApprovalMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/approval-rules",
    middlewares: [validateAndTransformBody(ApprovalRuleBody.extend({ business_unit_id: z.string().trim().min(1) }).strict())],
  },
  { method: ["POST"], matcher: "/admin/approval-rules/:id", middlewares: [validateAndTransformBody(ApprovalRuleUpdate)] },
]
