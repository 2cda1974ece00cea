import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUBMIT_FOR_APPROVAL } from "../../../lib/business-cart/policy"
import { checkNegotiatedOrder } from "../../business-cart/check-negotiated-order"
import { refusalError } from "../../business-cart/load-business-cart"
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
    const items = input.prepared.order.items as { variant_id: string; quantity: number; unit_price: number; title: string }[]
    const total = input.prepared.total
    const { refusals, verdict, flows } = await checkNegotiatedOrder(container, {
      business_unit_id: quote.business_unit_id,
      customer_id: quote.customer_id,
      actor_customer_id: input.actor_customer_id ?? quote.customer_id,
      lines: items.map((i) => ({ variant_id: i.variant_id, quantity: Number(i.quantity), unit_price: Number(i.unit_price) })),
      total,
      currency_code: quote.currency_code,
      approval_quote_id: quote.id,
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
