import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { UNPAID_STATUSES } from "../../../lib/net-terms/invoice"
import { startOfUtcDay } from "../../../lib/net-terms/terms"
import { netTermsModule } from "../../../modules/net-terms"
import { parseQuery } from "../../utils/parse-query"
import { AdminListInvoices } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { status, business_unit_id, order_id, overdue, q, limit, offset } = parseQuery(AdminListInvoices, req.query)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (order_id) filters.order_id = order_id
  if (business_unit_id) filters.$or = [{ business_unit_id }, { credit_holder_id: business_unit_id }]
  if (overdue === true) Object.assign(filters, { status: status ?? UNPAID_STATUSES, due_date: { $lt: startOfUtcDay(new Date()) } })
  if (q) filters.$and = [{ $or: [{ number: { $ilike: `%${q}%` } }, { po_number: { $ilike: `%${q}%` } }] }]
  res.json(await netTermsModule(req.scope).listInvoicesPage(filters, { limit, offset }))
}
