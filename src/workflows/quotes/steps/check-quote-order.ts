import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkBusinessCart, SnapshotLine, SUBMIT_FOR_APPROVAL } from "../../../lib/business-cart/policy"
import { approvalModule } from "../../../modules/approval"
import { approvalVerdict, loadUnitFacts, permissionsOf, refusalError } from "../../business-cart/load-business-cart"
import { ApprovalSubject } from "../../approvals/steps/open-approval-flow"
import { retrieveQuoteOrFail } from "./quote-service"

export const checkQuoteOrderStepId = "check-quote-order"

type PreparedOrder = { existing_order_id: string | null; order: any; total: number }

export type QuoteOrderDecision = {
  /** Place the order now. */
  place: boolean
  /** Approval must be asked for this (accepting submits the quote for approval). */
  subject: ApprovalSubject | null
  /** The quote already waits for approval in this flow. */
  pending_flow_id: string | null
}

/**
 * Accepting a quote is a way into an order, so it passes the business-cart policy: the unit and
 * its parents active, the quote's associate still in it, the caller allowed to place it (own or
 * a colleague's), and the unit's approval rules and budget on the quoted lines and total. When
 * approval is needed, the order waits: the quote is submitted for approval, and the order is
 * placed when the approval arrives (src/subscribers/quote-approved.ts).
 */
export const checkQuoteOrderStep = createStep(
  checkQuoteOrderStepId,
  async (input: { quote_id: string; actor_customer_id: string | null; prepared: PreparedOrder }, { container }) => {
    const none: QuoteOrderDecision = { place: false, subject: null, pending_flow_id: null }
    if (input.prepared.existing_order_id) return new StepResponse(none)
    const quote = await retrieveQuoteOrFail(container, input.quote_id)
    const unit = await loadUnitFacts(container, quote.business_unit_id, quote.customer_id)
    const actor = input.actor_customer_id ?? quote.customer_id
    const items = input.prepared.order.items as { variant_id: string; quantity: number; unit_price: number; title: string }[]
    const lines: SnapshotLine[] = items.map((i) => ({ variant_id: i.variant_id, quantity: Number(i.quantity), unit_price: Number(i.unit_price) }))
    const total = input.prepared.total
    const [verdict, flows, permissions] = await Promise.all([
      approvalVerdict(container, unit, { total, currency_code: quote.currency_code, variant_ids: [...new Set(items.map((i) => i.variant_id))] }),
      approvalModule(container).listApprovalFlows({ quote_id: quote.id, status: ["pending", "approved", "rejected"] }, { order: { created_at: "DESC" } }),
      permissionsOf(container, unit, actor),
    ])
    // The quote's prices were negotiated and its lines checked when it was requested: parity,
    // channel and quantity rules do not apply again; who orders, approval and budget do.
    const refusals = checkBusinessCart({
      unit: unit.unit ? { id: unit.unit.id, active: unit.active } : null,
      owner_is_associate: unit.owner_is_associate,
      actor: { permissions, is_owner: actor === quote.customer_id },
      lines,
      expected_prices: lines.map((l) => l.unit_price),
      channel_violations: [],
      quantity_violations: [],
      approval: {
        reasons: verdict.reasons,
        over_budget: verdict.over_budget,
        flows: flows.map((f: any) => ({ id: f.id, status: f.status, lines: ((f.snapshot as any)?.lines ?? []) as SnapshotLine[] })),
      },
      net_terms: { requested: false, unavailable: null, credit: null },
      total,
      currency_code: quote.currency_code,
    })
    const [first] = refusals
    if (!first) return new StepResponse({ ...none, place: true })
    if (first.code === "approval_pending") return new StepResponse({ ...none, pending_flow_id: flows[0].id as string })
    if (!SUBMIT_FOR_APPROVAL.includes(first.code)) throw refusalError(first)
    const skuOf = new Map(quote.lines.map((l: any) => [l.variant_id, l.sku ?? null]))
    const subject: ApprovalSubject = {
      cart_id: quote.cart_id,
      quote_id: quote.id,
      business_unit_id: quote.business_unit_id,
      associate_id: quote.associate_id,
      customer_id: quote.customer_id,
      reasons: verdict.reasons,
      tiers: verdict.tiers,
      allow_self_approval: verdict.allow_self_approval,
      snapshot: {
        lines: items.map((i) => ({ variant_id: i.variant_id, sku: skuOf.get(i.variant_id) ?? null, title: i.title, quantity: Number(i.quantity), unit_price: Number(i.unit_price) })),
        total,
        currency_code: quote.currency_code,
      },
    }
    return new StepResponse({ ...none, subject })
  }
)
