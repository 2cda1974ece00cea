import { MedusaContainer } from "@medusajs/framework/types"
import { checkBusinessCart, Refusal, SnapshotLine } from "../../lib/business-cart/policy"
import { approvalModule } from "../../modules/approval"
import { approvalVerdict, loadUnitFacts, permissionsOf, UnitFacts } from "./load-business-cart"

/** An order whose lines and prices were agreed with the merchant: an accepted quote, a converted draft order. */
export type NegotiatedOrder = {
  business_unit_id: string
  customer_id: string
  /** Who places it: the buyer accepting, a colleague, or null for the merchant acting for the buyer. */
  actor_customer_id: string | null
  lines: SnapshotLine[]
  total: number
  currency_code: string
  /** The approval flows that may cover it (a quote's), newest first. */
  approval_quote_id: string | null
}

export type NegotiatedOrderCheck = {
  unit: UnitFacts
  refusals: Refusal[]
  verdict: Awaited<ReturnType<typeof approvalVerdict>>
  flows: any[]
}

/**
 * The business-cart policy for an order that does not come from a cart: who orders (unit active,
 * associate, permission when a buyer acts) and approval with budget on its lines and total. The
 * negotiated prices stand (no parity check), and its lines were checked against the channel
 * and quantity rules when they were put together.
 */
export async function checkNegotiatedOrder(container: MedusaContainer, order: NegotiatedOrder): Promise<NegotiatedOrderCheck> {
  const unit = await loadUnitFacts(container, order.business_unit_id, order.customer_id)
  const variantIds = [...new Set(order.lines.map((l) => l.variant_id).filter((v): v is string => !!v))]
  const [verdict, flows, permissions] = await Promise.all([
    approvalVerdict(container, unit, { total: order.total, currency_code: order.currency_code, variant_ids: variantIds }),
    order.approval_quote_id
      ? approvalModule(container).listApprovalFlows({ quote_id: order.approval_quote_id, status: ["pending", "approved", "rejected"] }, { order: { created_at: "DESC" } })
      : Promise.resolve([]),
    order.actor_customer_id ? permissionsOf(container, unit, order.actor_customer_id) : Promise.resolve(null),
  ])
  const refusals = checkBusinessCart({
    unit: unit.unit ? { id: unit.unit.id, active: unit.active } : null,
    owner_is_associate: unit.owner_is_associate,
    actor: permissions ? { permissions, is_owner: order.actor_customer_id === order.customer_id } : null,
    lines: order.lines,
    expected_prices: order.lines.map((l) => l.unit_price),
    channel_violations: [],
    quantity_violations: [],
    approval: {
      reasons: verdict.reasons,
      over_budget: verdict.over_budget,
      flows: flows.map((f: any) => ({ id: f.id, status: f.status, lines: ((f.snapshot as any)?.lines ?? []) as SnapshotLine[], total: Number(f.cart_total) })),
    },
    net_terms: { requested: false, unavailable: null, credit: null },
    total: order.total,
    currency_code: order.currency_code,
  })
  return { unit, refusals, verdict, flows }
}
