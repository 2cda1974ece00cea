import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RecurringOrderSummary, RecurringOrderView, RecurringRunView } from "../../lib/recurring-orders/contract"
import { upcomingRuns } from "../../lib/recurring-orders/schedule"
import { recurringOrderModule } from "../../modules/recurring-order"

/** Recurring orders as the portal and the admin show them: owner, lines, runs (newest first) with their orders' numbers, next dates. */

type ScheduleRow = Awaited<ReturnType<ReturnType<typeof recurringOrderModule>["listRecurringOrders"]>>[number]

async function ownersOf(container: MedusaContainer, customerIds: string[]) {
  if (!customerIds.length) return new Map<string, { first_name?: string | null; last_name?: string | null; email?: string | null }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: [...new Set(customerIds)] } })
  return new Map((data as any[]).map((c) => [c.id, c]))
}

async function displayIdsOf(container: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) return new Map<string, number>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
  return new Map((data as any[]).map((o) => [o.id, o.display_id as number]))
}

function runView(run: any, displayIds: Map<string, number>): RecurringRunView {
  return {
    id: run.id,
    due_on: run.due_on,
    status: run.status,
    order_id: run.order_id ?? null,
    order_display_id: run.order_id ? displayIds.get(run.order_id) ?? null : null,
    cart_id: run.cart_id ?? null,
    approval_flow_id: run.approval_flow_id ?? null,
    po_number: run.po_number ?? null,
    reason_code: run.reason_code ?? null,
    reason: run.reason ?? null,
    skipped_lines: Array.isArray(run.skipped_lines) ? run.skipped_lines : [],
  }
}

/** The schedules matching `filters`, presented; `mayManage` says per schedule what the caller may do. */
export async function presentRecurringOrders(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  mayManage: (schedule: ScheduleRow) => boolean
): Promise<RecurringOrderView[]> {
  const schedules = await recurringOrderModule(container).listRecurringOrders(filters, { relations: ["lines", "runs"], order: { created_at: "DESC" }, take: null })
  const runs = schedules.flatMap((s) => s.runs)
  const [owners, displayIds] = await Promise.all([
    ownersOf(container, schedules.map((s) => s.customer_id)),
    displayIdsOf(container, runs.map((r) => r.order_id).filter((id): id is string => !!id)),
  ])
  return schedules.map((s) => {
    const owner = owners.get(s.customer_id)
    const history = [...s.runs].sort((a, b) => b.due_on.localeCompare(a.due_on)).map((r) => runView(r, displayIds))
    const window = { frequency: s.frequency as any, start_on: s.start_on, end_on: s.end_on }
    const summary: RecurringOrderSummary = {
      id: s.id,
      name: s.name,
      business_unit_id: s.business_unit_id,
      owner: { customer_id: s.customer_id, name: [owner?.first_name, owner?.last_name].filter(Boolean).join(" ") || null, email: owner?.email ?? null },
      status: s.status,
      frequency: s.frequency as any,
      start_on: s.start_on,
      end_on: s.end_on,
      next_run_on: s.next_run_on,
      line_count: s.lines.length,
      last_run: history[0] ?? null,
      may_manage: mayManage(s),
    }
    return {
      ...summary,
      region_id: s.region_id,
      shipping_address_id: s.shipping_address_id,
      shipping_option_id: s.shipping_option_id,
      payment_provider_id: s.payment_provider_id,
      po_pattern: s.po_pattern,
      reminder_days: s.reminder_days,
      lines: [...s.lines].sort((a, b) => a.position - b.position).map((l) => ({ id: l.id, variant_id: l.variant_id, quantity: l.quantity, sku: l.sku, product_title: l.product_title, variant_title: l.variant_title })),
      upcoming: s.status === "active" && s.next_run_on ? [s.next_run_on, ...upcomingRuns(window, s.next_run_on, 4)] : [],
      runs: history,
    }
  })
}
