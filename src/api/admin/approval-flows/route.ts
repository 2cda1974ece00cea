import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseQuery } from "../../utils/parse-query"
import { z } from "@medusajs/framework/zod"
import { approvalModule } from "../../../modules/approval"
import { FLOW_STATUSES } from "../../../lib/approvals/contract"

const Query = z.object({
  business_unit_id: z.string().trim().min(1).optional(),
  /** An order's page reads the flows of the cart it was placed from. */
  cart_id: z.string().trim().min(1).optional(),
  status: z.enum(FLOW_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** Approval flows by unit, cart and status, with their decisions (the audit trail). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsedQuery = parseQuery(Query, req.query)
  const { limit, offset, ...filters } = parsedQuery
  const [flows, count] = await approvalModule(req.scope).listAndCountApprovalFlows(filters, {
    relations: ["decisions"], skip: offset, take: limit, order: { created_at: "DESC" },
  })
  res.json({ approval_flows: flows, count, limit, offset })
}
