import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ancestry, effectiveRoles } from "../../../lib/business/access"
import { budgetExcess, BudgetPeriod, periodStart } from "../../../lib/approvals/budget"
import { describePredicate, predicateMatches, RulePredicate } from "../../../lib/approvals/predicates"
import { mergeTiers, Tier } from "../../../lib/approvals/tiers"
import OrderBusinessAssociate from "../../../links/order-associate"
import { APPROVAL_MODULE } from "../../../modules/approval"
import ApprovalModuleService from "../../../modules/approval/service"
import { businessService } from "../../business/utils/lookups"

export const approvalService = (container: MedusaContainer): ApprovalModuleService => container.resolve(APPROVAL_MODULE)

/** A budget overrun needs one of the unit's approvers. */
const BUDGET_TIER: Tier = [{ role: "approver", count: 1 }]

export type ApprovalNeed = {
  cart_id: string
  business_unit_id: string
  associate_id: string
  customer_id: string
  total: number
  currency_code: string
  reasons: string[]
  tiers: Tier[]
  allow_self_approval: boolean
  snapshot: { lines: { sku: string | null; title: string; quantity: number; unit_price: number }[]; total: number; currency_code: string }
}

/** Rules that govern a unit: its own, plus its parents' for as long as each unit inherits (metadata inherit_approval_rules, default on). */
async function governingUnitIds(container: MedusaContainer, unitId: string) {
  const service = businessService(container)
  const [unit] = await service.listBusinessUnits({ id: unitId })
  const tree = await service.listCompanyTrees([unit.company_id ?? unit.id])
  const full = await service.listBusinessUnits({ id: tree.map((u) => u.id) }, { select: ["id", "metadata"], take: null })
  const inherits = new Map(full.map((u) => [u.id, (u.metadata as any)?.inherit_approval_rules !== false]))
  const ids: string[] = []
  for (const u of ancestry(unitId, new Map(tree.map((t) => [t.id, t])))) {
    ids.push(u.id)
    if (!inherits.get(u.id)) break
  }
  return { ids, tree }
}

async function spentInPeriod(container: MedusaContainer, associateId: string, since: Date | null) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: OrderBusinessAssociate.entryPoint, fields: ["order_id"], filters: { business_associate_id: associateId } })
  if (!links.length) return 0
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "total", "status", "created_at"],
    filters: { id: links.map((l: any) => l.order_id), ...(since ? { created_at: { $gte: since } } : {}) },
  })
  return orders.filter((o: any) => o.status !== "canceled").reduce((sum: number, o: any) => sum + Number(o.total), 0)
}

/** Why (and by whom) a business unit's cart must be approved before it is ordered; null for any other cart. */
export async function approvalNeed(container: MedusaContainer, cartId: string, now = new Date()): Promise<ApprovalNeed | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "total", "currency_code", "customer_id", "business_unit.id", "business_associate.id", "items.variant_sku", "items.product_id", "items.title", "items.quantity", "items.unit_price"],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  if (!cart?.business_unit?.id || !cart.business_associate?.id) return null
  const unitId = cart.business_unit.id as string
  const associateId = cart.business_associate.id as string
  const total = Number(cart.total)
  const items = cart.items ?? []

  const productIds = [...new Set<string>(items.map((i: any) => i.product_id).filter(Boolean))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
    : { data: [] as any[] }
  const { ids: governing, tree } = await governingUnitIds(container, unitId)
  const access = await businessService(container).accessOf(cart.customer_id)
  const facts = {
    total,
    currency_code: cart.currency_code,
    skus: items.map((i: any) => i.variant_sku).filter(Boolean),
    category_ids: products.flatMap((p: any) => (p.categories ?? []).map((c: any) => c.id)),
    requester_roles: effectiveRoles(unitId, access.units.size ? access.units : new Map(tree.map((t) => [t.id, t])), access.memberships),
  }

  const approvals = approvalService(container)
  const rules = await approvals.listApprovalRules({ business_unit_id: governing, active: true }, { take: null })
  const matched = rules.filter((r) => predicateMatches(r.predicate as RulePredicate, facts))
  const reasons = matched.map((r) => `rule "${r.name}" (${describePredicate(r.predicate as RulePredicate)})`)
  const ruleTiers = matched.map((r) => (r.tiers ?? []) as unknown as Tier[])

  const [budget] = await approvals.listApprovalBudgets({ associate_id: associateId, business_unit_id: unitId })
  if (budget && budget.currency_code.toLowerCase() === String(cart.currency_code).toLowerCase()) {
    const spent = await spentInPeriod(container, associateId, periodStart(budget.period as BudgetPeriod, now))
    const excess = budgetExcess(Number(budget.amount), spent, total)
    if (excess > 0) {
      const per = budget.period === "none" ? "" : ` per ${budget.period}`
      reasons.push(`budget of ${Number(budget.amount)} ${budget.currency_code.toUpperCase()}${per} exceeded by ${excess}`)
      ruleTiers.push([BUDGET_TIER])
    }
  }

  return {
    cart_id: cartId,
    business_unit_id: unitId,
    associate_id: associateId,
    customer_id: cart.customer_id,
    total,
    currency_code: cart.currency_code,
    reasons,
    tiers: mergeTiers(ruleTiers),
    allow_self_approval: matched.length > 0 && matched.every((r) => r.allow_self_approval),
    snapshot: {
      lines: items.map((i: any) => ({ sku: i.variant_sku ?? null, title: i.title, quantity: Number(i.quantity), unit_price: Number(i.unit_price) })),
      total,
      currency_code: cart.currency_code,
    },
  }
}
